package com.clinicscreen.screening.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys from the identity provider's JWKS URL, held by the service: valid tokens pass, unknown keys get 401. */
@QuarkusTest
@TestProfile(IdentityProviderKeysTest.ProviderUp.class)
class IdentityProviderKeysTest {

    static final StubJwksServer PROVIDER = new StubJwksServer();

    /** Authentication on, keys from the stub provider, which answers. */
    public static class ProviderUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return AuthRequiredProfile.keysFrom(PROVIDER.url());
        }
    }

    @Test
    void aTokenSignedWithAKeyOfTheSetScreens() throws InterruptedException {
        for (int i = 0; i < 100 && PROVIDER.fetches() == 0; i++) {
            Thread.sleep(20);
        }
        given().get("/q/health").then().body(containsString("identity-provider-keys"));
        given().header("Authorization", "Bearer " + BearerTokenTest.validToken()).contentType(ContentType.JSON)
                .body(Intake.healthy().json()).post("/v1/screenings").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then()
                .body(matchesPattern("(?s).*screening_jwks_up\\{source=\"screening\",?\\} 1\\.0.*"))
                .body(matchesPattern("(?s).*screening_jwks_keys\\{source=\"screening\",?\\} 1\\.0.*"));
    }

    @Test
    void aTokenWithAnUnknownKeyIsRefusedAtOnceAndAsksForOneEarlyRefresh() throws InterruptedException {
        int before = PROVIDER.fetches();
        Instant now = Instant.now();
        String unknown = Jwt.issuer(AuthRequiredProfile.ISSUER).audience(AuthRequiredProfile.AUDIENCE)
                .subject("ehr-integration").groups(Set.of("screener")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .jws().keyId("rotated-key").sign("jwt/other-private.pem");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer " + unknown).contentType(ContentType.JSON)
                    .body(Intake.healthy().json()).post("/v1/screenings").then().statusCode(401);
        }
        Thread.sleep(300);
        assertTrue(PROVIDER.fetches() <= before + 1, "five unknown keys: at most one early refresh, got "
                + (PROVIDER.fetches() - before));
    }
}
