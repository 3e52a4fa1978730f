package com.clinicscreen.screening.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies screening callers' tokens with the key set held by {@link JwksRegistry} instead of letting the
 * JWT library fetch it on a request's path (which, with the provider down, serialized every request behind
 * a 1.3 s retry loop). Issuer, audience, algorithm and lifetime checks stay the library's, configured by
 * the mp.jwt.* settings. A token is refused at once when its key is unknown or no key has been loaded;
 * keys from a file or the classpath are used as configured.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachedKeysJwtParser implements JWTParser {

    /** The library's parser for one version of the key set; rebuilt only when the keys change. */
    private record ForKeys(String jwksJson, DefaultJWTParser parser) {}

    private final JWTAuthContextInfo configured;
    private final JwksCache remote;
    private final DefaultJWTParser asConfigured;
    private final AtomicReference<ForKeys> current = new AtomicReference<>();

    public CachedKeysJwtParser(JWTAuthContextInfo configured, JwksRegistry registry) {
        this.configured = configured;
        this.remote = registry.screening().orElse(null);
        this.asConfigured = new DefaultJWTParser(configured);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (remote == null) {
            return asConfigured.parse(token);
        }
        JwksCache.State keys = remote.state();
        if (!keys.hasKeys()) {
            throw new KeysUnavailableException(remote.name());
        }
        try {
            return parserFor(keys.jwksJson()).parse(token);
        } catch (ParseException e) {
            // Possibly a key the provider rotated in since the last fetch: fetch early, never wait for it.
            remote.unknownKey();
            throw e;
        }
    }

    private DefaultJWTParser parserFor(String jwksJson) {
        ForKeys forKeys = current.get();
        if (forKeys == null || !forKeys.jwksJson().equals(jwksJson)) {
            JWTAuthContextInfo info = new JWTAuthContextInfo(configured);
            info.setPublicKeyLocation(null);
            info.setPublicKeyContent(jwksJson);
            forKeys = new ForKeys(jwksJson, new DefaultJWTParser(info));
            current.set(forKeys);
        }
        return forKeys.parser();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return asConfigured.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return asConfigured.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return asConfigured.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return asConfigured.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return asConfigured.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return asConfigured.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return asConfigured.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return asConfigured.parseOnly(token);
    }

    /** No key of the provider has been loaded yet: no token can be verified until one is. */
    public static final class KeysUnavailableException extends ParseException {
        KeysUnavailableException(String source) {
            super("no key of " + source + " has been loaded");
        }
    }
}
