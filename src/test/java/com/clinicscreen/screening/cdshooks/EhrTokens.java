package com.clinicscreen.screening.cdshooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Test helper: JWTs as an EHR signs them for CDS Hooks calls, with the test EHR's keys. */
final class EhrTokens {

    static final String ISSUER = "https://ehr.test.example";
    static final String BASE = "http://localhost:8080/cds-services/";

    private EhrTokens() {}

    static JwtClaims claims(String serviceId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(BASE + serviceId);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setJwtId(UUID.randomUUID().toString());
        return claims;
    }

    static String es384(JwtClaims claims) {
        return sign(claims, key("cds/ec-private.pem", "EC"), AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
                "ehr-es384");
    }

    /** As the public CDS Hooks Sandbox signs: ES384 with typ JWT, kid, and a jku header naming its JWK Set. */
    static String sandboxShaped(JwtClaims claims) {
        return sign(claims, key("cds/ec-private.pem", "EC"), AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
                "ehr-es384", Map.of("jku", "https://sandbox.cds-hooks.org/.well-known/jwks.json"));
    }

    static String rs384(JwtClaims claims) {
        return sign(claims, key("jwt/test-private.pem", "RSA"), AlgorithmIdentifiers.RSA_USING_SHA384, "ehr-rs384");
    }

    static String sign(JwtClaims claims, java.security.Key key, String algorithm, String kid) {
        return sign(claims, key, algorithm, kid, Map.of());
    }

    static String sign(JwtClaims claims, java.security.Key key, String algorithm, String kid,
            Map<String, String> headers) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(algorithm);
            jws.setKeyIdHeaderValue(kid);
            jws.setHeader("typ", "JWT");
            headers.forEach(jws::setHeader);
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static NumericDate secondsFromNow(long seconds) {
        NumericDate date = NumericDate.now();
        date.addSeconds(seconds);
        return date;
    }

    static PrivateKey key(String resource, String algorithm) {
        try {
            String pem = Files.readString(Path.of("src", "test", "resources", resource));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
