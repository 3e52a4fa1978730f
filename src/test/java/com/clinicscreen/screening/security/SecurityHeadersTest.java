package com.clinicscreen.screening.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decisions are never cached, API responses carry restrictive security headers, no origin is allowed by default. */
@QuarkusTest
class SecurityHeadersTest {

    @BeforeAll
    static void setUp() {
        ContractValidation.enable();
    }

    @Test
    void decisionIsNotStoredAndCarriesRestrictiveHeaders() {
        given().contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void problemResponsesCarryTheSameHeaders() {
        given().contentType(ContentType.JSON).body("{").post("/v1/screenings")
                .then().statusCode(400)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void swaggerUiGetsAPolicyItCanWorkWith() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void noBrowserOriginIsAllowedByDefault() {
        given().header("Origin", "https://booking.clinic.example").header("Access-Control-Request-Method", "POST")
                .options("/v1/screenings")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
