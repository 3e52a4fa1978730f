package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreeningResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://contraindication-screening.example/problems/";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void healthyPatientIsEligibleWithProvenance() {
        post(Intake.healthy().json())
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Content-Language", "en")
                .body("status", equalTo("ELIGIBLE"))
                .body("eligible", equalTo(true))
                .body("eligibleFrom", equalTo("2026-10-01"))
                .body("evaluationDate", equalTo("2026-10-01"))
                .body("decisionId", matchesPattern("[0-9a-f-]{36}"))
                .body("policy.id", equalTo("default-microneedling"))
                .body("policy.sha256", matchesPattern("[0-9a-f]{64}"))
                .body("treatment.code", equalTo("MN"))
                .body("sessionGuidance.minimumIntervalDays", equalTo(28))
                .body("aftercare.code", hasItem("SPF_DAILY"));
    }

    @Test
    void treatmentDefaultsToMicroneedling() {
        post(Intake.healthy().remove("treatment").json()).then().statusCode(200).body("treatment.code", equalTo("MN"));
    }

    /** A deferral is a warning on the reason as on the CDS Hooks card; only "not eligible" is critical. */
    @Test
    void aDeferralReasonIsAWarningLikeItsCard() {
        post(Intake.healthy().set("answers.pregnancy", "{\"status\":\"YES\"}").json())
                .then().statusCode(200)
                .body("status", equalTo("DEFERRED"))
                .body("reasons.find { it.code == 'PREGNANCY' }.severity", equalTo("warning"));
    }

    @Test
    void keloidPatientGetsTheReasonWithCardFields() {
        post(Intake.healthy().set("answers.keloidTendency", "YES").json())
                .then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"))
                .body("eligible", equalTo(false))
                .body("reasons[0].code", equalTo("KELOID_HYPERTROPHIC_TENDENCY"))
                .body("reasons[0].severity", equalTo("critical"))
                .body("reasons[0].category", equalTo("ABSOLUTE"))
                .body("reasons[0].triggeredBy[0].path", equalTo("answers.keloidTendency"))
                .body("reasons[0].sources[0].id", notNullValue());
    }

    @Test
    void spanishByQueryParameter() {
        given().contentType(ContentType.JSON).body(Intake.healthy().set("answers.pregnancy.status", "YES").json())
                .queryParam("lang", "es")
                .post("/v1/screenings")
                .then().statusCode(200).header("Content-Language", "es").body("language", equalTo("es"))
                .body("treatment.name", startsWith("Microagujas"));
    }

    @Test
    void spanishByAcceptLanguage() {
        given().contentType(ContentType.JSON).header("Accept-Language", "fr;q=0.9, es-MX;q=0.8, en;q=0.1")
                .body(Intake.healthy().json())
                .post("/v1/screenings")
                .then().statusCode(200).header("Content-Language", "es");
    }

    @Test
    void unsupportedLanguageParameterIsAProblem() {
        given().contentType(ContentType.JSON).queryParam("lang", "fr").body(Intake.healthy().json())
                .post("/v1/screenings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "invalid-parameter"))
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void explainModeListsEveryRuleEvaluated() {
        given().contentType(ContentType.JSON).queryParam("explain", true)
                .body(Intake.healthy().set("answers.keloidTendency", "YES").json())
                .post("/v1/screenings")
                .then().statusCode(200)
                .body("explanation.find { it.code == 'KELOID_HYPERTROPHIC_TENDENCY' }.fired", equalTo(true))
                .body("explanation.find { it.code == 'PREGNANCY' }.fired", equalTo(false))
                .body("explanation.find { it.code == 'PREGNANCY' }.cases[0].result", equalTo("NO_FINDING"));
    }

    @Test
    void withoutExplainThereIsNoExplanation() {
        post(Intake.healthy().json()).then().statusCode(200).body("explanation", equalTo(null));
    }

    @Test
    void missingRequiredAnswersAreAllListedByPath() {
        post(Intake.healthy().remove("answers.pregnancy").remove("answers.keloidTendency").json())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "invalid-request"))
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("answers.pregnancy.status", "answers.keloidTendency"))
                .body("errors.pointer", hasItem("/answers/pregnancy/status"))
                .body("status", equalTo(400));
    }

    @Test
    void nullForARequiredAnswerIsMissingNotNo() {
        post(Intake.healthy().set("answers.bleedingDisorder", null).json())
                .then().statusCode(400).body("errors.field", contains("answers.bleedingDisorder"));
    }

    @Test
    void unknownFieldIsRefusedByItsPath() {
        post(Intake.healthy().set("answers.favouriteColour", "blue").json())
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers.favouriteColour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void unknownEnumValueIsRefusedListingTheValidOnes() {
        post(Intake.healthy().set("answers.keloidTendency", "MAYBE").json())
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers.keloidTendency"))
                .body("errors[0].message", equalTo("must be one of [YES, NO, UNSURE]"));
    }

    @Test
    void numberForAnEnumIsRefused() {
        post(Intake.healthy().set("answers.keloidTendency", 0).json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.keloidTendency"));
    }

    @Test
    void wrongTypeInAListIsRefusedWithItsIndex() {
        post(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\", 7]").json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.goals[1]"));
    }

    @Test
    void impossibleDateIsRefused() {
        post(Intake.healthy().set("answers.dateOfBirth", "2025-02-30").json())
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers.dateOfBirth"))
                .body("errors[0].message", equalTo("must be a real calendar date written YYYY-MM-DD"));
    }

    @Test
    void dateAsANumberIsRefused() {
        post(Intake.healthy().set("answers.dateOfBirth", 7000).json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.dateOfBirth"));
    }

    @Test
    void dateOfBirthAfterTheEvaluationDateIsRefused() {
        post(Intake.healthy().set("answers.dateOfBirth", "2026-10-02").json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.dateOfBirth"));
    }

    @Test
    void lastDoseAfterTheEvaluationDateIsRefused() {
        post(Intake.healthy().set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-10-05\"}").json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.isotretinoin.lastDoseDate"));
    }

    @Test
    void lastDoseBeforeFirstDoseIsRefused() {
        post(Intake.healthy().set("answers.isotretinoin",
                "{\"status\":\"PAST\",\"firstDoseDate\":\"2025-06-01\",\"lastDoseDate\":\"2025-01-01\"}").json())
                .then().statusCode(400).body("errors[0].field", equalTo("answers.isotretinoin.lastDoseDate"));
    }

    @Test
    void unknownTreatmentIsRefused() {
        post(Intake.healthy().set("treatment", "LASER_TAG").json())
                .then().statusCode(400).body("errors[0].field", equalTo("treatment"));
    }

    @Test
    void malformedJsonIsAProblemNotAnEmptyBody() {
        post("{\"answers\": {")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(TYPES + "malformed-json"));
    }

    @Test
    void duplicateKeysAreRefused() {
        post("{\"treatment\":\"MN\",\"treatment\":\"ALT_RFMN\"}").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON).post("/v1/screenings").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void jsonThatIsNotAnObjectIsAProblem() {
        post("[1,2,3]").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("hello").post("/v1/screenings")
                .then().statusCode(415).contentType(PROBLEM).body("type", equalTo(TYPES + "unsupported-media-type"));
    }

    @Test
    void wrongAcceptIs406Problem() {
        given().contentType(ContentType.JSON).accept("text/csv").body(Intake.healthy().json()).post("/v1/screenings")
                .then().statusCode(406).body("type", equalTo(TYPES + "not-acceptable"));
    }

    @Test
    void getOnScreeningsIs405Problem() {
        given().get("/v1/screenings").then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo(TYPES + "method-not-allowed"));
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType(PROBLEM).body("type", equalTo(TYPES + "not-found"));
    }

    private static io.restassured.response.Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/screenings");
    }
}
