package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.config.CdsConfig;
import com.clinicscreen.screening.security.JwksCache;
import com.clinicscreen.screening.security.JwksRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * CDS Hooks security: the EHR's JWT must come from an allow-listed issuer, verify against that issuer's
 * JWK Set, name exactly the URL called as audience, be unexpired with an issue time and at most an hour
 * of lifetime, use ES384 or RS384 (never "none" or HMAC), and carry a jti not seen before. The token is
 * never logged; a failure is a bare 401.
 */
@ApplicationScoped
public class CdsJwtVerifier {

    private static final AlgorithmConstraints ALLOWED = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT, "ES384", "RS384");
    private static final JwtConsumer ISSUER_ONLY = new JwtConsumerBuilder().setSkipAllValidators()
            .setDisableRequireSignature().setSkipSignatureVerification().build();

    private final boolean enabled;
    private final Map<String, VerificationKeyResolver> resolvers = new HashMap<>();
    private final Map<String, Long> seenTokenIds = new ConcurrentHashMap<>();
    private final Map<String, JwtConsumer> consumers = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();

    public CdsJwtVerifier(CdsConfig config, JwksRegistry keySets) {
        this.enabled = config.securityEnabled();
        config.issuers().forEach((name, issuer) -> resolvers.put(issuer.iss(), resolver(name, issuer, keySets)));
    }

    public boolean accepts(String authorization, String audience) {
        if (!enabled) {
            return true;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String token = authorization.substring("Bearer ".length()).trim();
        try {
            String issuer = ISSUER_ONLY.processToClaims(token).getIssuer();
            VerificationKeyResolver resolver = resolvers.get(issuer);
            if (resolver == null) {
                return false;
            }
            JwtClaims claims = consumers.computeIfAbsent(issuer + " " + audience, key -> new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setRequireJwtId()
                    .setMaxFutureValidityInMinutes(60)
                    .setIssuedAtRestrictions(30, 3600)
                    .setAllowedClockSkewInSeconds(30)
                    .setExpectedIssuer(issuer)
                    .setExpectedAudience(audience)
                    .setVerificationKeyResolver(resolver)
                    .setJwsAlgorithmConstraints(ALLOWED)
                    .build())
                    .processToClaims(token);
            return firstUse(issuer + " " + claims.getJwtId(), claims.getExpirationTime().getValue());
        } catch (InvalidJwtException | MalformedClaimException e) {
            return false;
        }
    }

    /**
     * Replay cache for the tokens' lifetime (at most an hour). Expired ids are swept at most every ten
     * seconds, not on every call; an id is refused while it is in the cache, expired or not.
     */
    private boolean firstUse(String tokenId, long expiresAt) {
        long now = System.currentTimeMillis() / 1000;
        long sweepAt = nextSweep.get();
        if (now >= sweepAt && nextSweep.compareAndSet(sweepAt, now + 10)) {
            seenTokenIds.values().removeIf(expiry -> expiry < now);
        }
        return seenTokenIds.putIfAbsent(tokenId, expiresAt) == null;
    }

    private static VerificationKeyResolver resolver(String name, CdsConfig.Issuer issuer, JwksRegistry keySets) {
        if (issuer.jwksFile().isPresent()) {
            try {
                return new JwksVerificationKeyResolver(
                        new JsonWebKeySet(Files.readString(Path.of(issuer.jwksFile().get()))).getJsonWebKeys());
            } catch (IOException e) {
                throw new UncheckedIOException("cds.issuers." + name + ".jwks-file cannot be read", e);
            } catch (JoseException e) {
                throw new IllegalStateException("cds.issuers." + name + ".jwks-file is not a JWK Set", e);
            }
        }
        String url = issuer.jwksUrl().orElseThrow(() -> new IllegalStateException(
                "cds.issuers." + name + ": give jwks-url or jwks-file"));
        if (!url.startsWith("https://")) {
            throw new IllegalStateException("cds.issuers." + name + ".jwks-url must be https");
        }
        JwksCache keys = keySets.issuer(issuer.iss()).orElseThrow();
        // The key set is fetched and refreshed in the background: a call never waits for the EHR's server.
        return (jws, nestingContext) -> {
            JwksCache.State state = keys.state();
            if (!state.hasKeys()) {
                throw new UnresolvableKeyException("no key of " + keys.name() + " has been loaded");
            }
            try {
                return state.resolver().resolveKey(jws, nestingContext);
            } catch (UnresolvableKeyException e) {
                keys.unknownKey();
                throw e;
            }
        };
    }
}
