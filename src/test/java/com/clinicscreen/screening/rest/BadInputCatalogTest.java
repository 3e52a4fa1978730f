package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per kind of bad input: each gets a 4xx application/problem+json with the expected type and,
 * where a field is at fault, names it as the client wrote it. Never a 5xx, never a decision.
 */
@QuarkusTest
class BadInputCatalogTest {

    private static final String PATH = "/v1/screenings";

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    static Stream<Arguments> catalog() {
        String healthy = Intake.healthy().json();
        return Stream.of(
                row("malformed JSON", () -> post("{\"answers\": {\"dateOfBirth\" \"1990-01-01\"}}"), 400, "malformed-json", null),
                row("truncated JSON", () -> post(healthy.substring(0, healthy.length() / 2)), 400, "malformed-json", null),
                row("empty body", () -> post(""), 400, "invalid-request", ""),
                row("JSON null as body", () -> post("null"), 400, "invalid-request", ""),
                row("JSON array as body", () -> post("[1,2,3]"), 400, "invalid-request", ""),
                row("JSON string as body", () -> post("\"screen me\""), 400, "invalid-request", ""),
                row("empty object", () -> post("{}"), 400, "invalid-request", "answers"),
                row("null for all answers", () -> post(Intake.healthy().set("answers", null).json()), 400, "invalid-request", "answers"),
                row("null for a required answer", () -> post(Intake.healthy().set("answers.keloidTendency", null).json()),
                        400, "invalid-request", "answers.keloidTendency"),
                row("required answer missing", () -> post(Intake.healthy().remove("answers.bleedingDisorder").json()),
                        400, "invalid-request", "answers.bleedingDisorder"),
                row("answer required once shown is missing", () -> post(Intake.healthy()
                        .set("answers.isotretinoin.status", "PAST").json()), 400, "invalid-request", "answers.isotretinoin.lastDoseDate"),
                row("empty list for a required choice", () -> post(Intake.healthy().set("answers.goals", "[]").json()),
                        400, "invalid-request", "answers.goals"),
                row("null inside a list", () -> post(Intake.healthy().set("answers.goals", "[null]").json()),
                        400, "invalid-request", "answers.goals[0]"),
                row("boolean for an enum", () -> post(Intake.healthy().set("answers.keloidTendency", true).json()),
                        400, "invalid-request", "answers.keloidTendency"),
                row("number for an enum", () -> post(Intake.healthy().set("answers.keloidTendency", 1).json()),
                        400, "invalid-request", "answers.keloidTendency"),
                row("string for a list", () -> post(Intake.healthy().set("answers.treatmentAreas", "FACE").json()),
                        400, "invalid-request", "answers.treatmentAreas"),
                row("string for an object", () -> post(Intake.healthy().set("answers.pregnancy", "NO").json()),
                        400, "invalid-request", "answers.pregnancy"),
                row("number for a string", () -> post(Intake.healthy().set("treatment", 5).json()), 400, "invalid-request", "treatment"),
                row("string for a number", () -> post(Intake.healthy().set("answers.diabetes",
                        "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":\"7.5\"}").json()),
                        400, "invalid-request", "answers.diabetes.hba1cPercent"),
                row("number above its range", () -> post(Intake.healthy().set("answers.diabetes",
                        "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":25}").json()),
                        400, "invalid-request", "answers.diabetes.hba1cPercent"),
                row("negative number", () -> post(Intake.healthy().set("answers.diabetes",
                        "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":-7}").json()),
                        400, "invalid-request", "answers.diabetes.hba1cPercent"),
                row("astronomically large number", () -> post(Intake.healthy().set("answers.diabetes",
                        "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":1e400}").json()),
                        400, "invalid-request", "answers.diabetes.hba1cPercent"),
                row("unknown enum value", () -> post(Intake.healthy().set("answers.keloidTendency", "MAYBE").json()),
                        400, "invalid-request", "answers.keloidTendency"),
                row("enum value in the wrong case", () -> post(Intake.healthy().set("answers.keloidTendency", "yes").json()),
                        400, "invalid-request", "answers.keloidTendency"),
                row("unknown enum value in a list", () -> post(Intake.healthy().set("answers.goals", "[\"WRINKLES\"]").json()),
                        400, "invalid-request", "answers.goals[0]"),
                row("unknown top-level field", () -> post(Intake.healthy().set("patientName", "Jane").json()),
                        400, "invalid-request", "patientName"),
                row("unknown nested field", () -> post(Intake.healthy().set("answers.pregnancy.weeks", 12).json()),
                        400, "invalid-request", "answers.pregnancy.weeks"),
                row("duplicate keys", () -> post("{\"treatment\":\"MN\",\"treatment\":\"ALT_RFMN\",\"answers\":{}}"),
                        400, "malformed-json", null),
                row("a choice listed twice", () -> post(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\",\"ACNE_SCARS\"]").json()),
                        400, "invalid-request", "answers.goals[1]"),
                row("10,000 treatment areas", () -> post(Intake.healthy().set("answers.treatmentAreas",
                        "[" + "\"FACE\",".repeat(9_999) + "\"FACE\"]").json()), 413, "payload-too-large", null),
                row("1,000 treatment areas under the size limit", () -> post(Intake.healthy().set("answers.treatmentAreas",
                        "[" + "\"NECK\",".repeat(999) + "\"NECK\"]").json()), 400, "invalid-request", "answers.treatmentAreas[1]"),
                row("more procedures than allowed", () -> post(Intake.healthy().set("answers.proceduresInArea",
                        "{\"status\":\"YES\",\"procedures\":[" + "{\"type\":\"NEUROTOXIN\",\"date\":\"2026-01-01\"},".repeat(50)
                                + "{\"type\":\"NEUROTOXIN\",\"date\":\"2026-01-01\"}]}").json()),
                        400, "invalid-request", "answers.proceduresInArea.procedures"),
                row("deeply nested JSON", () -> post("{\"answers\":{\"dateOfBirth\":" + "[".repeat(5000) + "]".repeat(5000) + "}}"),
                        400, null, null),
                row("very long string", () -> post(Intake.healthy().set("treatment", "A".repeat(20_000)).json()),
                        400, "invalid-request", "treatment"),
                row("escaped control character", () -> post(Intake.healthy().set("treatment", "MN\u0001").json()),
                        400, "invalid-request", "treatment"),
                row("raw control character", () -> post(healthy.replace("\"MN\"", "\"M\u0001N\"")), 400, "malformed-json", null),
                row("invalid UTF-8", () -> postBytes(new byte[] {'{', '"', 't', 'r', 'e', 'a', 't', 'm', 'e', 'n', 't', '"', ':',
                        '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), 400, "malformed-json", null),
                row("impossible date", () -> post(Intake.healthy().set("answers.dateOfBirth", "2025-02-30").json()),
                        400, "invalid-request", "answers.dateOfBirth"),
                row("date in another format", () -> post(Intake.healthy().set("answers.dateOfBirth", "15/05/1990").json()),
                        400, "invalid-request", "answers.dateOfBirth"),
                row("date as a number", () -> post(Intake.healthy().set("answers.dateOfBirth", 19900515).json()),
                        400, "invalid-request", "answers.dateOfBirth"),
                row("date of birth far in the past", () -> post(Intake.healthy().set("answers.dateOfBirth", "1850-01-01").json()),
                        400, "invalid-request", "answers.dateOfBirth"),
                row("planned date far in the future", () -> post(Intake.healthy().set("plannedTreatmentDate", "2200-01-01").json()),
                        400, "invalid-request", "plannedTreatmentDate"),
                row("planned date far in the past", () -> post(Intake.healthy().set("plannedTreatmentDate", "1950-01-01").json()),
                        400, "invalid-request", "plannedTreatmentDate"),
                row("date of birth after the evaluation date", () -> post(Intake.healthy()
                        .set("answers.dateOfBirth", "2026-10-02").json()), 400, "invalid-request", "answers.dateOfBirth"),
                row("last dose after the evaluation date", () -> post(Intake.healthy().set("answers.isotretinoin",
                        "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-10-15\"}").json()), 400, "invalid-request",
                        "answers.isotretinoin.lastDoseDate"),
                row("last dose before the first dose", () -> post(Intake.healthy().set("answers.isotretinoin",
                        "{\"status\":\"PAST\",\"firstDoseDate\":\"2026-03-01\",\"lastDoseDate\":\"2026-01-01\"}").json()),
                        400, "invalid-request", "answers.isotretinoin.lastDoseDate"),
                row("procedure before birth", () -> post(Intake.healthy().procedure("NEUROTOXIN", "1980-01-01").json()),
                        400, "invalid-request", "answers.proceduresInArea.procedures[0].date"),
                row("due date in the past while pregnant", () -> post(Intake.healthy().set("answers.pregnancy",
                        "{\"status\":\"YES\",\"dueDate\":\"2020-01-01\"}").json()), 400, "invalid-request", "answers.pregnancy.dueDate"),
                row("unknown treatment", () -> post(Intake.healthy().set("treatment", "LASER_TAG").json()), 400, "invalid-request", "treatment"),
                row("unsupported language", () -> given().contentType("application/json").queryParam("lang", "de").body(healthy)
                        .post(PATH), 400, "invalid-parameter", "lang"),
                row("explain that is not a boolean", () -> given().contentType("application/json").queryParam("explain", "maybe")
                        .body(healthy).post(PATH), 400, "invalid-parameter", "explain"),
                row("language in upper case", () -> given().contentType("application/json").queryParam("lang", "EN").body(healthy)
                        .post(PATH), 400, "invalid-parameter", "lang"),
                row("empty language", () -> given().contentType("application/json").body(healthy).post(PATH + "?lang="),
                        400, "invalid-parameter", "lang"),
                row("language given twice", () -> given().contentType("application/json").body(healthy)
                        .post(PATH + "?lang=en&lang=es"), 400, "invalid-parameter", "lang"),
                row("empty explain", () -> given().contentType("application/json").body(healthy).post(PATH + "?explain="),
                        400, "invalid-parameter", "explain"),
                row("alternatives in upper case", () -> given().contentType("application/json").queryParam("alternatives", "ALWAYS")
                        .body(healthy).post(PATH), 400, "invalid-parameter", "alternatives"),
                row("a charset other than UTF-8", () -> given().contentType("application/json; charset=ISO-8859-1")
                        .body(healthy.getBytes(StandardCharsets.ISO_8859_1)).post(PATH), 415, "unsupported-media-type", null),
                row("text/plain body", () -> given().contentType("text/plain").body(healthy).post(PATH), 415, "unsupported-media-type", null),
                row("XML body", () -> given().contentType("application/xml").body("<intake/>").post(PATH), 415, "unsupported-media-type", null),
                row("no content type", () -> given().body(healthy.getBytes(StandardCharsets.UTF_8)).post(PATH), 415, "unsupported-media-type", null),
                row("Accept that allows no JSON", () -> given().contentType("application/json").accept("text/csv").body(healthy)
                        .post(PATH), 406, "not-acceptable", null),
                row("body over the size limit", () -> post("{\"treatment\":\"" + "x".repeat(70_000) + "\"}"), 413, "payload-too-large", null),
                row("PUT", () -> given().contentType("application/json").body(healthy).put(PATH), 405, "method-not-allowed", null),
                row("DELETE", () -> given().delete(PATH), 405, "method-not-allowed", null),
                row("PATCH", () -> given().contentType("application/json").body(healthy).patch(PATH), 405, "method-not-allowed", null),
                row("unknown path", () -> given().contentType("application/json").body(healthy).post("/v1/screening"), 404, "not-found", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void badInputGetsAProblemNamingTheFieldAndNoDecision(String kind, Supplier<Response> request, int status,
            String type, String field) {
        ValidatableResponse response = request.get().then()
                .statusCode(status)
                .statusCode(lessThan(500))
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("decisionId", nullValue());
        if (type != null) {
            response.body("type", equalTo("https://contraindication-screening.example/problems/" + type));
        }
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }

    /** The same bad inputs with Accept-Language: es: every problem is in Spanish, with Content-Language. */
    @ParameterizedTest(name = "{0} (es)")
    @MethodSource("catalog")
    void badInputGetsItsProblemInSpanish(String kind, Supplier<Response> request, int status, String type,
            String field) {
        io.restassured.specification.RequestSpecification before = io.restassured.RestAssured.requestSpecification;
        io.restassured.RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("Accept-Language", "es").build();
        try {
            Response response = request.get();
            if (!response.contentType().startsWith("application/problem+json")) {
                return; // a chunked body over the limit is cut off by the HTTP layer with an empty 413
            }
            response.then().header("Content-Language", "es");
            java.util.List<String> texts = new java.util.ArrayList<>();
            texts.add(response.path("title"));
            texts.add(response.path("detail"));
            java.util.List<String> messages = response.path("errors.message");
            if (messages != null) {
                texts.addAll(messages);
            }
            for (String text : texts) {
                assertFalse(text != null && text.matches("(?i)(the |a |no such|must |is |unknown |at most |needs |give |has a |"
                        + "check |method |unsupported |cannot |\\d+ answer).*") || text != null && text.contains("(line "),
                        () -> kind + ": not in Spanish: " + text);
            }
        } finally {
            io.restassured.RestAssured.requestSpecification = before;
        }
    }

    private static Response post(String body) {
        return given().contentType("application/json").body(body).post(PATH);
    }

    private static Response postBytes(byte[] body) {
        return given().contentType("application/json").body(body).post(PATH);
    }

    private static Arguments row(String kind, Supplier<Response> request, int status, String type, String field) {
        return Arguments.of(kind, request, status, type, field);
    }
}
