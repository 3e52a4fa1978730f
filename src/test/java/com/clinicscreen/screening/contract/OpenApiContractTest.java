package com.clinicscreen.screening.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed contract (openapi/openapi.yaml) is what the service serves, documents every operation
 * fully, and its named examples are what the service really does.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** Few quotes, but every string that YAML would read as a boolean, number, null or date is quoted. */
    private static final ObjectMapper COMMITTED = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .stringQuotingChecker(new StringQuotingChecker.Default() {
                @Override
                public boolean needToQuoteValue(String value) {
                    return super.needToQuoteValue(value) || DATE_LIKE.matcher(value).matches();
                }
            })
            .build());

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    /**
     * Code-first: run with -Dopenapi.update=true to rewrite the committed contract after a reviewed change.
     * The committed YAML quotes every string a YAML reader would take for something else, dates included
     * (2026-10-01 unquoted is a timestamp to YAML 1.1 readers, and the examples would stop matching their
     * string schemas), so it is written from the served document here rather than copied as served.
     */
    @Test
    void servedDocumentIsTheCommittedContract() throws IOException {
        JsonNode document = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        String served = COMMITTED.writeValueAsString(document);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(ContractValidation.CONTRACT, served);
        }
        assertEquals(Files.readString(ContractValidation.CONTRACT), served,
                "openapi/openapi.yaml differs from what the code serves; review the change and run "
                        + "./mvnw verify -Dopenapi.update=true to update it");
    }

    /** Integrators and generated clients get a description for every schema and every property. */
    @Test
    void everySchemaAndPropertyIsDescribed() throws IOException {
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : fields(contract().get("components").get("schemas"))) {
            if (!schema.getValue().hasNonNull("description")) {
                undescribed.add(schema.getKey());
            }
            for (Map.Entry<String, JsonNode> property : fields(schema.getValue().path("properties"))) {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertEquals(List.of(), undescribed);
    }

    @Test
    void infoHasTitleVersionOfThePathsContactAndLicence() throws IOException {
        JsonNode info = contract().get("info");
        assertFalse(info.get("title").asText().isBlank());
        String major = info.get("version").asText().split("\\.")[0];
        // The JSON API is versioned in its path; the EHR standards' paths are fixed by CDS Hooks and FHIR.
        contract().get("paths").fieldNames().forEachRemaining(path -> assertTrue(path.startsWith("/v" + major + "/")
                || path.startsWith("/cds-services") || path.startsWith("/fhir/"), path));
        assertNotNull(info.get("contact").get("email"));
        assertNotNull(info.get("license").get("name"));
    }

    @Test
    void everyOperationHasSummaryDescriptionTagIdAndAnExamplePerResponse() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : fields(contract().get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                JsonNode op = operation.getValue();
                String where = operation.getKey() + " " + path.getKey();
                for (String key : List.of("summary", "description", "operationId", "tags")) {
                    if (!op.has(key)) {
                        problems.add(where + ": no " + key);
                    }
                }
                for (Map.Entry<String, JsonNode> response : fields(op.get("responses"))) {
                    JsonNode resolved = response.getValue().has("$ref")
                            ? contract().at(response.getValue().get("$ref").asText().substring(1))
                            : response.getValue();
                    boolean ehr = path.getKey().startsWith("/cds-services") || path.getKey().startsWith("/fhir/");
                    // CDS Hooks answers a caller without a valid EHR JWT with a bare 401: there is nothing to show.
                    boolean bare401 = path.getKey().startsWith("/cds-services") && response.getKey().equals("401");
                    // A 304 has no body by definition (RFC 9110, 15.4.5).
                    boolean notModified = response.getKey().equals("304");
                    if (!resolved.has("content") && !bare401 && !notModified) {
                        problems.add(where + " " + response.getKey() + ": no content");
                    }
                    for (Map.Entry<String, JsonNode> media : fields(resolved.path("content"))) {
                        if (!media.getValue().has("examples") || media.getValue().get("examples").isEmpty()) {
                            problems.add(where + " " + response.getKey() + " " + media.getKey() + ": no named example");
                        }
                        String errorType = ehr ? "application/fhir+json" : "application/problem+json";
                        if (response.getKey().matches("[45]..") && !media.getKey().equals(errorType)) {
                            problems.add(where + " " + response.getKey() + ": errors must be " + errorType);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRequestExampleGetsTheStatusAndReasonsOfItsResponseExample() throws IOException {
        JsonNode examples = contract().get("components").get("examples");
        int checked = 0;
        for (Map.Entry<String, JsonNode> example : fields(examples)) {
            if (!example.getKey().startsWith("request-") || example.getKey().equals("request-missing-answers")) {
                continue;
            }
            JsonNode expected = examples.get(example.getKey().replace("request-", "decision-")).get("value");
            JsonNode actual = JSON.readTree(given().contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(example.getValue().get("value")))
                    .post("/v1/screenings").then().statusCode(200).extract().asString());
            for (String field : List.of("status", "eligible")) {
                assertEquals(expected.get(field), actual.get(field), example.getKey() + " " + field);
            }
            // Screened today (the examples name no planned date), so the dates are today's; their presence is not.
            for (String field : List.of("eligibleFrom", "notBefore", "afterDeferral")) {
                assertEquals(expected.has(field), actual.has(field), example.getKey() + " " + field);
            }
            if (actual.has("eligibleFrom") && actual.get("status").asText().startsWith("ELIGIBLE")) {
                assertEquals(actual.get("evaluationDate"), actual.get("eligibleFrom"), example.getKey() + " eligibleFrom");
            }
            assertEquals(codes(expected.get("reasons")), codes(actual.get("reasons")), example.getKey() + " reasons");
            assertEquals(codes(expected.get("alternatives")), codes(actual.get("alternatives")),
                    example.getKey() + " alternatives");
            checked++;
        }
        assertEquals(5, checked, "one example per outcome");
    }

    /**
     * A fixed planned date in an example would one day be past (and refused), and a date answer would one day stop
     * deferring: the request examples name no planned date, so QA trying them is screened for today.
     */
    @Test
    void noRequestExampleNamesAPlannedDate() throws IOException {
        for (Map.Entry<String, JsonNode> example : fields(contract().get("components").get("examples"))) {
            if (example.getKey().startsWith("request-")) {
                assertFalse(example.getValue().get("value").has("plannedTreatmentDate"), example.getKey());
            }
        }
    }

    /** The FHIR $screen request examples get the answer of their response examples. */
    @Test
    void fhirScreenExamplesGetTheirResponses() throws IOException {
        JsonNode examples = contract().get("components").get("examples");
        JsonNode parameters = JSON.readTree(given().contentType("application/fhir+json").accept("application/fhir+json")
                .body(JSON.writeValueAsString(examples.get("fhir-screen-request-healthy").get("value")))
                .post("/fhir/QuestionnaireResponse/$screen").then().statusCode(200).extract().asString());
        assertEquals(part(examples.get("fhir-parameters-eligible").get("value"), "status"), part(parameters, "status"));
        assertEquals(part(examples.get("fhir-parameters-eligible").get("value"), "eligible"), part(parameters, "eligible"));
        Map<String, Integer> refused = Map.of("fhir-screen-request-missing-answer", 400, "fhir-screen-request-other-version", 422);
        Map<String, String> outcomes = Map.of("fhir-screen-request-missing-answer", "outcome-fhir-required-answer",
                "fhir-screen-request-other-version", "outcome-fhir-other-version");
        for (Map.Entry<String, Integer> request : refused.entrySet()) {
            JsonNode outcome = JSON.readTree(given().contentType("application/fhir+json")
                    .body(JSON.writeValueAsString(examples.get(request.getKey()).get("value")))
                    .post("/fhir/QuestionnaireResponse/$screen").then().statusCode(request.getValue())
                    .contentType("application/fhir+json").extract().asString());
            assertEquals(examples.get(outcomes.get(request.getKey())).get("value").get("issue"), outcome.get("issue"),
                    request.getKey());
        }
    }

    private static JsonNode part(JsonNode parameters, String name) {
        for (JsonNode part : parameters.get("parameter")) {
            if (part.get("name").asText().equals(name)) {
                return part;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void missingAnswersExampleGetsItsProblemExample() throws IOException {
        JsonNode examples = contract().get("components").get("examples");
        JsonNode expected = examples.get("problem-missing-answers").get("value");
        JsonNode actual = JSON.readTree(given().contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(examples.get("request-missing-answers").get("value")))
                .post("/v1/screenings").then().statusCode(400).contentType("application/problem+json")
                .extract().asString());
        assertEquals(expected.get("type"), actual.get("type"));
        assertEquals(expected.get("errors"), actual.get("errors"));
    }

    @Test
    void everyFiveOutcomesHasANamedExample() throws IOException {
        JsonNode statuses = JSON.createArrayNode();
        for (Map.Entry<String, JsonNode> example : fields(contract().get("components").get("examples"))) {
            if (example.getKey().startsWith("decision-")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) statuses).add(example.getValue().get("value").get("status"));
            }
        }
        assertEquals(List.of("ELIGIBLE", "ELIGIBLE_WITH_PRECAUTIONS", "CLINICIAN_REVIEW", "DEFERRED", "NOT_ELIGIBLE"),
                JSON.convertValue(statuses, List.class));
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    private static JsonNode contract() throws IOException {
        return YAML.readTree(ContractValidation.CONTRACT.toFile());
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node != null) {
            node.fields().forEachRemaining(entries::add);
        }
        return entries;
    }
}
