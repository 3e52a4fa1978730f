package com.clinicscreen.screening.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import com.clinicscreen.screening.Intake;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/**
 * A stock FHIR client (HAPI's generic client, which reads /metadata first) reads the intake Questionnaire
 * by id and by canonical URL and calls $screen, getting FHIR back; errors under /fhir are OperationOutcomes.
 */
@QuarkusTest
class FhirClientTest {

    private static final String CANONICAL =
            "https://contraindication-screening.example/fhir/Questionnaire/microneedling-intake";

    @TestHTTPResource("/fhir")
    URL base;

    @org.junit.jupiter.api.BeforeAll
    static void utf8() {
        com.clinicscreen.screening.contract.ContractValidation.utf8Bodies();
    }

    private IGenericClient client() {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.ONCE);
        return context.newRestfulGenericClient(base.toString());
    }

    @Test
    void theCapabilityStatementIsReadAndValid() {
        CapabilityStatement statement = client().capabilities().ofType(CapabilityStatement.class).execute();
        assertEquals("4.0.1", statement.getFhirVersion().toCode());
        String json = given().accept("application/fhir+json").get("/fhir/metadata").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        assertEquals(List.of(), FhirReferee.errors(json));
    }

    @Test
    void theQuestionnaireIsReadByIdAndFoundByItsCanonicalUrl() {
        Questionnaire byId = client().read().resource(Questionnaire.class).withId("microneedling-intake").execute();
        assertEquals(CANONICAL, byId.getUrl());
        Bundle found = client().search().forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value(CANONICAL)).returnBundle(Bundle.class).execute();
        assertEquals(1, found.getTotal());
        assertEquals(CANONICAL, ((Questionnaire) found.getEntryFirstRep().getResource()).getUrl());
        Bundle none = client().search().forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value("https://elsewhere.example/Questionnaire/x"))
                .returnBundle(Bundle.class).execute();
        assertEquals(0, none.getTotal());
    }

    @Test
    void screenIsCalledAsAnOperationAndAnswersWithParameters() throws Exception {
        String json = QuestionnaireResponses.from(new ObjectMapper().readTree(Intake.healthy()
                .set("answers.keloidTendency", "YES").json())).toString();
        QuestionnaireResponse response = FhirContext.forR4Cached().newJsonParser()
                .parseResource(QuestionnaireResponse.class, json);
        Parameters in = new Parameters();
        in.addParameter().setName("response").setResource(response);
        Parameters out = client().operation().onType(QuestionnaireResponse.class).named("$screen")
                .withParameters(in).returnResourceType(Parameters.class).execute();
        assertEquals("NOT_ELIGIBLE", out.getParameter("status").getValue().primitiveValue());
        assertTrue(out.getParameter().stream().anyMatch(p -> p.getName().equals("reason")
                && p.getPart().stream().anyMatch(part -> "KELOID_HYPERTROPHIC_TENDENCY".equals(
                        part.getValue().primitiveValue()))));
        assertTrue(out.getParameter("decision").getValue() instanceof org.hl7.fhir.r4.model.Attachment);
        assertEquals(List.of(), FhirReferee.errors(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(out)));
    }

    @Test
    void theJsonDecisionIsStillThereForJsonCallers() throws Exception {
        String json = QuestionnaireResponses.from(new ObjectMapper().readTree(Intake.healthy().json())).toString();
        given().contentType("application/fhir+json").accept("application/json").body(json)
                .post("/fhir/QuestionnaireResponse/$screen").then().statusCode(200).contentType("application/json")
                .body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void everyErrorUnderFhirIsAnOperationOutcome() {
        for (var call : List.<java.util.function.Supplier<io.restassured.response.Response>>of(
                () -> given().get("/fhir/Patient/1"),
                () -> given().accept("text/csv").get("/fhir/metadata"),
                () -> given().delete("/fhir/Questionnaire/microneedling-intake"),
                () -> given().contentType("text/plain").body("x").post("/fhir/QuestionnaireResponse/$screen"))) {
            String body = call.get().then().contentType("application/fhir+json")
                    .body("resourceType", equalTo("OperationOutcome")).extract().asString();
            assertEquals(List.of(), FhirReferee.errors(body));
        }
    }
}
