package com.clinicscreen.screening.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Screening needs a bearer token and the identity provider has never answered: requests are refused at
 * once with 503 problem+json (the caller is not at fault and may retry), no request fetches the key set,
 * readiness stays UP and /q/health and the metrics say the provider is down.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.ProviderDown.class)
class IdentityProviderDownTest {

    static final StubJwksServer PROVIDER = new StubJwksServer();

    /** Authentication on, keys from the stub provider, which does not answer. */
    public static class ProviderDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            PROVIDER.up(false);
            return AuthRequiredProfile.keysFrom(PROVIDER.url());
        }
    }

    @Test
    void sixteenParallelScreeningsAreAllRefusedWith503WithoutFetchingTheKeys() throws Exception {
        int fetchesBefore = PROVIDER.fetches();
        String token = "Bearer " + BearerTokenTest.validToken();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> given().header("Authorization", token).contentType(ContentType.JSON)
                        .body(Intake.healthy().json()).post("/v1/screenings")));
            }
            for (Future<Response> call : calls) {
                call.get().then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "3600")
                        .body("type", equalTo("https://contraindication-screening.example/problems/keys-unavailable"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(fetchesBefore, PROVIDER.fetches(), "a request never fetches the key set");
    }

    @Test
    void aScreeningWithoutATokenIsStill401() {
        given().contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings")
                .then().statusCode(401);
    }

    @Test
    void readinessStaysUpWhileHealthAndMetricsShowTheOutage() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health").then().statusCode(503)
                .body("checks.find { it.name == 'identity-provider-keys' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'identity-provider-keys' }.data.screening", containsString("DOWN"));
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*screening_jwks_up\\{source=\"screening\",?\\} 0\\.0.*"));
    }
}
