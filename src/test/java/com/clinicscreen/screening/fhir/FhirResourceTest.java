package com.clinicscreen.screening.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FHIR endpoints: the Questionnaire, and a QuestionnaireResponse screened with the same engine and
 * policy as the JSON API. Every OperationOutcome the service emits passes HAPI's validator.
 */
@QuarkusTest
class FhirResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCREEN = "/fhir/QuestionnaireResponse/$screen";

    @BeforeAll
    static void setUp() {
        com.clinicscreen.screening.contract.ContractValidation.utf8Bodies();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void questionnaireIsServedAsFhirJson() {
        given().get("/fhir/Questionnaire/microneedling-intake").then().statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Questionnaire"))
                .body("url", equalTo(FhirQuestionnaire.BASE + "Questionnaire/microneedling-intake"));
    }

    @Test
    void unknownQuestionnaireIsAnOperationOutcome() {
        String outcome = given().get("/fhir/Questionnaire/botox").then().statusCode(404)
                .contentType("application/fhir+json").body("resourceType", equalTo("OperationOutcome"))
                .extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    /** Every request example of the API contract, sent as a QuestionnaireResponse, gets the same decision. */
    @Test
    void questionnaireResponseGetsTheSameDecisionAsTheJsonApi() throws IOException {
        JsonNode examples = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.CONTRACT.toFile())
                .get("components").get("examples");
        int compared = 0;
        for (Map.Entry<String, JsonNode> example : iterable(examples)) {
            if (!example.getKey().startsWith("request-") || example.getKey().equals("request-missing-answers")) {
                continue;
            }
            JsonNode request = example.getValue().get("value");
            JsonNode viaJson = JSON.readTree(given().contentType("application/json").body(request.toString())
                    .post("/v1/screenings").then().statusCode(200).extract().asString());
            // The examples name no planned date (both are screened for today); one given goes as the query parameter.
            var fhir = given().contentType("application/fhir+json");
            if (request.has("plannedTreatmentDate")) {
                fhir = fhir.queryParam("plannedTreatmentDate", request.get("plannedTreatmentDate").asText());
            }
            JsonNode viaFhir = JSON.readTree(fhir
                    .body(QuestionnaireResponses.from(request).toString())
                    .post(SCREEN).then().statusCode(200).extract().asString());
            for (String field : List.of("status", "eligible", "eligibleFrom", "evaluationDate", "policy")) {
                assertEquals(viaJson.get(field), viaFhir.get(field), example.getKey() + " " + field);
            }
            assertEquals(codes(viaJson.get("reasons")), codes(viaFhir.get("reasons")), example.getKey());
            assertEquals(codes(viaJson.get("alternatives")), codes(viaFhir.get("alternatives")), example.getKey());
            compared++;
        }
        assertEquals(5, compared);
    }

    @Test
    void unknownLinkIdIsRefusedNamingIt() throws IOException {
        ObjectNode response = response(Intake.healthy());
        ((com.fasterxml.jackson.databind.node.ArrayNode) response.get("item")).addObject().put("linkId", "Q99")
                .putArray("answer").addObject().put("valueString", "x");
        assertOutcome(response, "not-found", "Q99");
    }

    @Test
    void codeThatIsNotAnOptionIsRefused() throws IOException {
        ObjectNode response = response(Intake.healthy());
        ((ObjectNode) findAnswer(response, "Q17").get("valueCoding")).put("code", "MAYBE");
        assertOutcome(response, "code-invalid", "Q17");
    }

    @Test
    void wrongAnswerTypeIsRefused() throws IOException {
        ObjectNode response = response(Intake.healthy());
        ObjectNode answer = findAnswer(response, "Q01");
        answer.remove("valueDate");
        answer.put("valueString", "1990-05-15");
        assertOutcome(response, "value", "Q01");
    }

    @Test
    void unansweredRequiredItemIsRefusedNeverReadAsNo() throws IOException {
        assertOutcome(response(Intake.healthy().remove("answers.keloidTendency")), "required", "Q17");
    }

    @Test
    void answerToADisabledItemIsDropped() throws IOException {
        ObjectNode response = response(Intake.healthy().set("answers.pregnancy.dueDate", "2027-01-01"));
        given().contentType("application/fhir+json").queryParam("plannedTreatmentDate", "2026-10-01")
                .body(response.toString()).post(SCREEN)
                .then().statusCode(200).body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void responseToAnotherQuestionnaireIsRefused() throws IOException {
        ObjectNode response = response(Intake.healthy());
        response.put("questionnaire", "https://elsewhere.example/Questionnaire/x");
        String outcome = post(response).then().statusCode(400).extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    @Test
    void bodyThatIsNotJsonIsAnOperationOutcome() {
        given().contentType("application/fhir+json").body("{nope").post(SCREEN).then().statusCode(400)
                .contentType("application/fhir+json").body("resourceType", equalTo("OperationOutcome"));
    }

    private static void assertOutcome(ObjectNode response, String code, String linkId) {
        String outcome = post(response).then().statusCode(400).contentType("application/fhir+json")
                .body("issue.code", hasItem(code))
                .body("issue.expression.flatten()", hasItem(containsString("'" + linkId + "'")))
                .extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome), "the OperationOutcome is valid FHIR");
    }

    private static io.restassured.response.Response post(ObjectNode response) {
        return given().contentType("application/fhir+json").queryParam("plannedTreatmentDate", "2026-10-01")
                .body(response.toString()).post(SCREEN);
    }

    private static ObjectNode response(Intake intake) throws IOException {
        return QuestionnaireResponses.from(JSON.readTree(intake.json()));
    }

    private static ObjectNode findAnswer(JsonNode node, String linkId) {
        for (JsonNode item : node.path("item")) {
            if (item.path("linkId").asText().equals(linkId)) {
                return (ObjectNode) item.get("answer").get(0);
            }
            ObjectNode inside = findAnswer(item, linkId);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
