package com.clinicscreen.screening.fhir;

import static com.clinicscreen.screening.fhir.OperationOutcomeChecks.outcome;
import static com.clinicscreen.screening.fhir.OperationOutcomeChecks.postChunked;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.contract.ContractValidation;
import com.clinicscreen.screening.Intake;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error under /fhir is an OperationOutcome, 413 included (declared or chunked), while the JSON API
 * under /v1 keeps RFC 9457 problem+json for the same statuses.
 */
@QuarkusTest
class FhirErrorFormatsTest {

    @TestHTTPResource("/")
    URI root;

    private static final String SCREEN = "/fhir/QuestionnaireResponse/$screen";
    private static final String QUESTIONNAIRE = "/fhir/Questionnaire/microneedling-intake";
    private static final byte[] TOO_LARGE =
            ("{\"resourceType\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void methodNotAllowedIsAnOperationOutcome() {
        outcome(given().delete(QUESTIONNAIRE), 405, "not-supported");
        outcome(given().contentType("application/fhir+json").body("{}").put("/fhir/metadata"), 405, "not-supported");
    }

    @Test
    void unacceptableFormatIsAnOperationOutcome() {
        outcome(given().accept("application/xml").get(QUESTIONNAIRE), 406, "not-supported");
    }

    @Test
    void unsupportedMediaTypeIsAnOperationOutcome() {
        outcome(given().contentType("text/plain").body("{}").post(SCREEN), 415, "not-supported");
        outcome(given().contentType("application/fhir+json; charset=ISO-8859-1").body("{}").post(SCREEN), 415,
                "not-supported");
    }

    @Test
    void bodyDeclaredOverTheLimitIsAValidOperationOutcome() {
        var response = given().contentType("application/fhir+json").body(TOO_LARGE).post(SCREEN);
        outcome(response, 413, "too-long");
        assertEquals(List.of(), FhirReferee.errors(response.asString()));
    }

    /** Without a Content-Length (chunked), the size is only known as the body streams in. */
    @Test
    void chunkedBodyOverTheLimitIsAnOperationOutcome() throws Exception {
        outcome(postChunked(root.resolve(SCREEN), "application/fhir+json", TOO_LARGE), 413, "too-long");
    }

    @Test
    void chunkedBodyWithinTheLimitIsScreened() throws Exception {
        String body = QuestionnaireResponses.from(new ObjectMapper().readTree(Intake.healthy().json())).toString();
        HttpResponse<String> response = postChunked(root.resolve(SCREEN + "?plannedTreatmentDate=2026-10-01"),
                "application/fhir+json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"ELIGIBLE\""), response.body());
    }

    /** The JSON API is unchanged: the same statuses stay problem+json there. */
    @Test
    void theJsonApiKeepsProblemDetails() {
        given().contentType("application/json").body("{}").put("/v1/screenings").then().statusCode(405)
                .contentType(startsWith("application/problem+json"));
        given().accept("application/xml").contentType("application/json").body("{}").post("/v1/screenings").then()
                .statusCode(406).contentType(startsWith("application/problem+json"));
        given().contentType("text/plain").body("{}").post("/v1/screenings").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(TOO_LARGE).post("/v1/screenings").then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://contraindication-screening.example/problems/payload-too-large"));
    }
}
