package com.clinicscreen.screening.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SCREENING_AUTH=screener-or-browser: a patient's browser on the booking site screens without a token,
 * within its per-minute allowance (429 problem+json with Retry-After above it, readable cross-origin);
 * servers still need a valid token and are not counted; nothing else opens without one.
 */
@QuarkusTest
@TestProfile(BrowserAccessProfile.class)
class BrowserAccessTest {

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    private static Response fromBrowser(String client, String query) {
        return given().header("Origin", BrowserAccessProfile.BOOKING_SITE).header("X-Forwarded-For", client)
                .contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings" + query);
    }

    private static String token() {
        Instant now = Instant.now();
        return Jwt.issuer(AuthRequiredProfile.ISSUER).audience(AuthRequiredProfile.AUDIENCE).subject("booking-backend")
                .groups(Set.of("screener")).issuedAt(now).expiresAt(now.plusSeconds(300)).jws()
                .sign("jwt/test-private.pem");
    }

    @Test
    void medicineSearchIsOpenToTheBookingSiteAndOutsideTheScreeningAllowance() {
        // A patient typing sends a search after each pause: far more than the screenings allowance of 3 here.
        for (int i = 0; i < 8; i++) {
            given().header("Origin", BrowserAccessProfile.BOOKING_SITE).header("X-Forwarded-For", "203.0.113.90")
                    .get("/v1/medicines?q=warf").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", BrowserAccessProfile.BOOKING_SITE)
                    .header("Vary", org.hamcrest.Matchers.containsString("Origin"));
        }
    }

    @Test
    void browserOnTheBookingSiteScreensWithoutATokenWithinItsAllowance() {
        for (int i = 0; i < 3; i++) {
            fromBrowser("203.0.113.10", "?view=patient").then().statusCode(200).body("status", equalTo("ELIGIBLE"));
        }
        fromBrowser("203.0.113.10", "?view=patient&lang=es").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .header("Access-Control-Allow-Origin", BrowserAccessProfile.BOOKING_SITE)
                .header("Content-Language", "es")
                .body("type", equalTo("https://contraindication-screening.example/problems/too-many-requests"))
                .body("title", equalTo("Demasiadas evaluaciones desde este cliente"));
        // Another client has its own allowance.
        fromBrowser("203.0.113.11", "").then().statusCode(200);
    }

    /**
     * The partial screening a step-by-step form calls after each step opens to the booking site's browser as
     * the screening does. Its calls have their own allowance, as many per form as the questionnaire has
     * sections, so a patient's own form does not use up the screenings (3 a minute in this profile).
     */
    @Test
    void partialScreeningsFromTheBookingSiteHaveTheirOwnAllowancePerForm() {
        var partial = given().header("Origin", BrowserAccessProfile.BOOKING_SITE).header("X-Forwarded-For", "203.0.113.70")
                .contentType(ContentType.JSON).body("{\"answers\":{\"dateOfBirth\":\"1990-05-15\"}}");
        int steps = 3 * new QuestionnaireProvider().questionnaire().sections().size();
        for (int i = 0; i < steps; i++) {
            partial.post("/v1/screenings/partial").then().statusCode(200).body("final", equalTo(false));
        }
        // The bucket refills evenly over the minute, so a slow run may earn a call or two more; then it refuses.
        var refused = partial.post("/v1/screenings/partial");
        for (int extra = 0; refused.statusCode() == 200 && extra < 10; extra++) {
            refused = partial.post("/v1/screenings/partial");
        }
        refused.then().statusCode(429).contentType("application/problem+json");
        // The screenings' own allowance is untouched by the step checks.
        fromBrowser("203.0.113.70", "").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.71").contentType(ContentType.JSON)
                .body("{\"answers\":{}}").post("/v1/screenings/partial").then().statusCode(401);
    }

    @Test
    void serversWithATokenAreNotCountedAgainstABrowsersAllowance() {
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(token()).header("X-Forwarded-For", "203.0.113.20").contentType(ContentType.JSON)
                    .body(Intake.healthy().json()).post("/v1/screenings").then().statusCode(200);
        }
        fromBrowser("203.0.113.20", "").then().statusCode(200);
    }

    @Test
    void withoutABrowserOriginATokenIsStillRequired() {
        given().header("X-Forwarded-For", "203.0.113.30").contentType(ContentType.JSON).body(Intake.healthy().json())
                .post("/v1/screenings").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aBadTokenFromTheBookingSiteIsRefusedNotTreatedAsAnonymous() {
        given().header("Origin", BrowserAccessProfile.BOOKING_SITE).header("X-Forwarded-For", "203.0.113.40")
                .auth().oauth2(token() + "x").contentType(ContentType.JSON).body(Intake.healthy().json())
                .post("/v1/screenings").then().statusCode(401);
    }

    /** Refused by the CORS layer before anything else, with an empty 403 (a browser shows no body anyway). */
    @Test
    void anotherSitesBrowserIsRefused() {
        given().noFilters().header("Origin", "https://evil.example").header("X-Forwarded-For", "203.0.113.50")
                .contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings")
                .then().statusCode(403);
    }

    @Test
    void theFhirScreenOperationStillNeedsAToken() {
        given().header("Origin", BrowserAccessProfile.BOOKING_SITE).header("X-Forwarded-For", "203.0.113.60")
                .contentType("application/fhir+json").body("{\"resourceType\":\"QuestionnaireResponse\"}")
                .post("/fhir/QuestionnaireResponse/$screen").then().statusCode(401)
                .body("resourceType", equalTo("OperationOutcome"));
    }
}
