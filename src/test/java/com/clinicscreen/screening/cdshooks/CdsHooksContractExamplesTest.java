package com.clinicscreen.screening.cdshooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.contract.ContractValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks examples in the contract are what the service does: each request example, sent with a valid EHR
 * JWT, gets the status and the body (card indicator and summary, or OperationOutcome issues) of its response example.
 */
@QuarkusTest
class CdsHooksContractExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHART = "microneedling-screening-chart";
    private static final String ORDER = "microneedling-screening-order";
    private static JsonNode examples;

    @BeforeAll
    static void setUp() throws IOException {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        examples = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.CONTRACT.toFile())
                .get("components").get("examples");
    }

    private static JsonNode value(String example) {
        return examples.get(example).get("value");
    }

    private static JsonNode send(String path, String serviceAndPath, String example, int status) throws IOException {
        String token = EhrTokens.es384(EhrTokens.claims(serviceAndPath));
        return JSON.readTree(given().contentType("application/json").header("Authorization", "Bearer " + token)
                .body(value(example).toString()).post(path).then().statusCode(status).extract().asString());
    }

    @Test
    void discoveryIsTheExample() throws IOException {
        assertEquals(value("cds-discovery"), JSON.readTree(given().get("/cds-services").then().statusCode(200).extract().asString()));
    }

    @Test
    void theCallExampleGetsItsCard() throws IOException {
        JsonNode card = send("/cds-services/" + CHART, CHART, "cds-request-patient-view", 200).get("cards").get(0);
        JsonNode expected = value("cds-cards-not-eligible").get("cards").get(0);
        assertEquals(expected.get("indicator"), card.get("indicator"));
        assertEquals(expected.get("summary"), card.get("summary"));
    }

    @Test
    void theRefusedCallExamplesGetTheirOutcomes() throws IOException {
        assertEquals(value("outcome-cds-missing-field").get("issue"),
                send("/cds-services/" + CHART, CHART, "cds-request-no-hook-instance", 400).get("issue"));
        assertEquals(value("outcome-cds-prefetch-unavailable").get("issue"),
                send("/cds-services/" + CHART, CHART, "cds-request-no-prefetch", 412).get("issue"));
        assertEquals(value("outcome-cds-unknown-service").get("issue"),
                send("/cds-services/no-such-service", "no-such-service", "cds-request-patient-view", 404).get("issue"));
    }

    @Test
    void theFeedbackExamplesGetTheirAnswers() throws IOException {
        // Sent to the order service: CdsHooksTest counts the chart service's feedback in the shared metrics.
        String feedback = "/cds-services/" + ORDER + "/feedback";
        assertEquals(value("cds-feedback-recorded"), send(feedback, ORDER + "/feedback", "cds-feedback-overridden", 200));
        assertEquals(value("outcome-cds-feedback-invalid").get("issue"),
                send(feedback, ORDER + "/feedback", "cds-feedback-accepted-without-suggestions", 400).get("issue"));
    }

    @Test
    void aCallWithoutTheJwtIsABare401() {
        given().contentType("application/json").body(value("cds-request-patient-view").toString())
                .post("/cds-services/" + CHART).then().statusCode(401).body(org.hamcrest.Matchers.emptyString());
    }
}
