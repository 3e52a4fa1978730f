package com.clinicscreen.screening.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The start's warm-up: it finishes, readiness reports it, and its canned intakes stay screenable. */
@QuarkusTest
class RequestPathWarmUpTest {

    @Inject
    RequestPathWarmUp warmUp;

    @Inject
    ScreeningService service;

    @Inject
    ObjectMapper mapper;

    @Test
    void readinessWaitsForTheWarmUpAndReportsIt() throws InterruptedException {
        for (int i = 0; i < 300 && !warmUp.done(); i++) {
            Thread.sleep(100);
        }
        assertTrue(warmUp.done());
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'request-path-warmed-up' }.status", equalTo("UP"));
    }

    /** An intake the validation refused would end the warm-up after its first step, silently leaving paths cold. */
    @Test
    void everyCannedIntakeIsScreenedTodayInBothLanguages() throws Exception {
        for (String intake : RequestPathWarmUp.INTAKES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(intake)) {
                assertNotNull(in, intake);
                ObjectNode request = (ObjectNode) mapper.readTree(in);
                request.remove("plannedTreatmentDate");
                for (Language language : Language.values()) {
                    assertNotNull(service.rehearse(mapper.treeToValue(request, ScreeningRequest.class), language, true,
                            AlternativesMode.ALWAYS).status(), intake);
                }
            }
        }
    }
}
