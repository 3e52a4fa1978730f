package com.clinicscreen.screening.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production overlay's authentication: screening needs a bearer JWT with the screener role. */
public class AuthRequiredProfile implements QuarkusTestProfile {

    static final String ISSUER = "https://ehr.test.example";
    static final String AUDIENCE = "contraindication-screening";
    static final String ALLOWED_ORIGIN = "https://booking.clinic.example";

    /** Authentication on, with the screening callers' keys from a JWKS URL (an identity provider). */
    static Map<String, String> keysFrom(String jwksUrl) {
        return Map.of(
                "quarkus.http.auth.permission.screening.policy", "screener",
                "mp.jwt.verify.publickey.location", jwksUrl,
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "screening.jwks.retry-interval", "PT1H");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.auth.permission.screening.policy", "screener",
                "mp.jwt.verify.publickey.location", "jwt/test-public.pem",
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE,
                "quarkus.http.cors.origins", ALLOWED_ORIGIN);
    }
}
