package com.clinicscreen.screening.fhir;

import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import static com.clinicscreen.screening.fhir.OperationOutcomeChecks.outcome;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questionnaire versions: a canonical without version, or with the server's version, finds and
 * screens; another version finds nothing and is not screened against the server's. Searchsets carry their self
 * link, and {@code Prefer: handling=strict} refuses unknown search parameters.
 */
@QuarkusTest
class FhirVersionsTest {

    private static final String CANONICAL = FhirQuestionnaire.BASE + "Questionnaire/microneedling-intake";
    private static final String SCREEN = "/fhir/QuestionnaireResponse/$screen";
    /** The version this server has: the questionnaire's own, whatever it is. */
    private static final String VERSION = new QuestionnaireProvider().questionnaire().version();

    @TestHTTPResource("/fhir")
    URL base;

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void searchForAVersionTheServerDoesNotHaveIsEmpty() {
        Bundle bundle = search(given().queryParam("url", CANONICAL + "|9.9.9"));
        assertEquals(0, bundle.getTotal());
        assertTrue(bundle.getEntry().isEmpty());
        assertEquals(0, search(given().queryParam("url", CANONICAL).queryParam("version", "9.9.9")).getTotal());
    }

    @Test
    void searchWithoutVersionOrWithTheServersVersionFindsIt() {
        for (String url : List.of(CANONICAL, CANONICAL + "|" + VERSION)) {
            Bundle bundle = search(given().queryParam("url", url));
            assertEquals(1, bundle.getTotal(), url);
            Questionnaire found = (Questionnaire) bundle.getEntryFirstRep().getResource();
            assertEquals(VERSION, found.getVersion());
        }
        assertEquals(1, search(given().queryParam("url", CANONICAL).queryParam("version", VERSION)).getTotal());
    }

    @Test
    void aStockClientSearchingByVersionedCanonicalGetsOnlyTheServersVersion() {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.ONCE);
        IGenericClient client = context.newRestfulGenericClient(base.toString());
        assertEquals(0, client.search().forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value(CANONICAL + "|9.9.9")).returnBundle(Bundle.class).execute()
                .getTotal());
        assertEquals(1, client.search().forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value(CANONICAL + "|" + VERSION)).returnBundle(Bundle.class).execute()
                .getTotal());
    }

    @Test
    void responseToAnotherVersionIsNotScreenedAndNamesTheServersVersion() throws Exception {
        Response response = screen(CANONICAL + "|2.0.0");
        OperationOutcome outcome = outcome(response, 422, "not-found");
        String diagnostics = outcome.getIssueFirstRep().getDiagnostics();
        assertTrue(diagnostics.contains("2.0.0") && diagnostics.contains(CANONICAL + "|" + VERSION), diagnostics);
        assertEquals(List.of(), FhirReferee.errors(response.asString()));
    }

    @Test
    void responseWithoutVersionOrWithTheServersVersionIsScreened() throws Exception {
        for (String canonical : List.of(CANONICAL, CANONICAL + "|" + VERSION)) {
            assertEquals(200, screen(canonical).statusCode(), canonical);
        }
    }

    @Test
    void searchsetCarriesItsSelfLink() {
        Bundle bundle = search(given().queryParam("url", CANONICAL + "|9.9.9"));
        assertEquals(base + "/Questionnaire?url=" + CANONICAL + "|9.9.9", decoded(bundle.getLink("self").getUrl()));
    }

    @Test
    void strictHandlingRefusesAnUnknownParameterNamingIt() {
        for (String prefer : List.of("handling=strict", "return=minimal, handling=strict")) {
            Response response = given().header("Prefer", prefer).queryParam("url", CANONICAL)
                    .queryParam("title", "x").get("/fhir/Questionnaire");
            OperationOutcome outcome = outcome(response, 400, "not-supported");
            assertTrue(outcome.getIssueFirstRep().getDiagnostics().contains("'title'"), response.asString());
        }
    }

    @Test
    void strictHandlingWithKnownParametersSearchesAndLinksTheRequest() {
        Bundle bundle = search(given().header("Prefer", "handling=strict").queryParam("url", CANONICAL)
                .queryParam("_id", "microneedling-intake"));
        assertEquals(1, bundle.getTotal());
        assertEquals(base + "/Questionnaire?url=" + CANONICAL + "&_id=microneedling-intake",
                decoded(bundle.getLink("self").getUrl()));
    }

    /** Lenient (the default): an unknown parameter is ignored, and the self link shows what was used. */
    @Test
    void lenientHandlingIgnoresAnUnknownParameter() {
        for (String prefer : new String[] {null, "handling=lenient"}) {
            var request = given().queryParam("url", CANONICAL).queryParam("title", "x");
            Bundle bundle = search(prefer == null ? request : request.header("Prefer", prefer));
            assertEquals(1, bundle.getTotal());
            assertEquals(base + "/Questionnaire?url=" + CANONICAL, decoded(bundle.getLink("self").getUrl()));
        }
    }

    private static Bundle search(io.restassured.specification.RequestSpecification request) {
        String json = request.get("/fhir/Questionnaire").then().statusCode(200).contentType("application/fhir+json")
                .extract().asString();
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        assertEquals(Bundle.BundleType.SEARCHSET, bundle.getType());
        return bundle;
    }

    private static Response screen(String canonical) throws Exception {
        ObjectNode response = QuestionnaireResponses.from(new ObjectMapper().readTree(Intake.healthy().json()));
        response.put("questionnaire", canonical);
        return given().contentType("application/fhir+json").queryParam("plannedTreatmentDate", "2026-10-01")
                .body(response.toString()).post(SCREEN);
    }

    private static String decoded(String url) {
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }
}
