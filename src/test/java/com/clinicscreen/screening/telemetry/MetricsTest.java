package com.clinicscreen.screening.telemetry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: decisions by status, reasons by code, alternatives by treatment, latency, policy. */
@QuarkusTest
class MetricsTest {

    @BeforeAll
    static void setUp() {
        ContractValidation.enable();
    }

    @Test
    void screeningIsCountedByStatusReasonAndAlternative() {
        given().contentType(ContentType.JSON).body(Intake.healthy().set("answers.keloidTendency", "YES").json())
                .post("/v1/screenings").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{").post("/v1/screenings").then().statusCode(400);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("screening_decisions_total{status=\"NOT_ELIGIBLE\",treatment=\"MN\""))
                .body(containsString("screening_reasons_total{code=\"KELOID_HYPERTROPHIC_TENDENCY\",treatment=\"MN\""))
                .body(containsString("screening_alternatives_suggested_total{treatment=\"ALT_TOP_GENTLE\""))
                .body(containsString("screening_evaluation_seconds_bucket{treatment=\"MN\""))
                .body(containsString("screening_policy_info{id=\"default-microneedling\""))
                .body(containsString("screening_problems_total{type=\"MALFORMED_JSON\""));
    }
}
