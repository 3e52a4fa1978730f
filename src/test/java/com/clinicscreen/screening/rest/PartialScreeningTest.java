package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /v1/screenings/partial: an intake in progress says what it settles, and nothing more. The planned date
 * of the healthy intake is 2026-10-01, the day every rule is evaluated on.
 */
@QuarkusTest
class PartialScreeningTest {

    private static final String PROBLEM = "application/problem+json";
    /** What the first step of the widget asks (with the planned date). */
    private static final List<String> FIRST_STEP = List.of("dateOfBirth", "treatmentAreas", "goals", "pregnancy",
            "breastfeeding");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void underAgeAfterTheFirstStepIsAFinalNotEligible() {
        post(firstStep().set("answers.dateOfBirth", "2010-06-01"))
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("complete", equalTo(false))
                .body("final", equalTo(true))
                .body("statusFinal", equalTo(true))
                .body("decision.status", equalTo("NOT_ELIGIBLE"))
                .body("decision.eligible", equalTo(false))
                .body("decision.reasons.code", contains("AGE_UNDER_18"))
                .body("decision.evaluationDate", equalTo("2026-10-01"))
                .body("unanswered", hasItems("answers.keloidTendency", "answers.allergies.status"));
    }

    /** The medicine step: Eliquis listed and "No" to blood thinners is sent back to check before the next step. */
    @Test
    void aListedMedicineThatContradictsAnAnswerIsSentBackAtThatField() {
        post(Intake.healthy().remove("answers.keloidTendency").set("answers.bloodThinners.status", "NO")
                .set("answers.medicines", "[{\"name\":\"Eliquis\",\"rxcui\":\"1364445\"}]"))
                .then().statusCode(200)
                .body("complete", equalTo(false))
                .body("answerChecks.field", contains("answers.bloodThinners.status"))
                .body("answerChecks[0].questionId", equalTo("Q09"))
                .body("answerChecks[0].medicines", contains("Eliquis"))
                .body("answerChecks[0].message", equalTo("Your medicine list includes Eliquis, but your answer to this "
                        + "question is “No”. Please check your answer."));
        post(firstStep()).then().statusCode(200).body("answerChecks", empty());
    }

    /** The boundary is the planned date: 18 that day is not under age (an off-label review, not final). */
    @Test
    void eighteenOnThePlannedDateIsNotFinalOneDayYoungerIs() {
        post(firstStep().set("answers.dateOfBirth", "2008-10-01"))
                .then().statusCode(200).body("final", equalTo(false)).body("$", not(hasKey("decision")));
        post(firstStep().set("answers.dateOfBirth", "2008-10-02"))
                .then().statusCode(200).body("final", equalTo(true))
                .body("decision.reasons.code", contains("AGE_UNDER_18"));
    }

    @Test
    void pregnantIsAFinalDeferralWithoutADateWhoseStatusMayStillRise() {
        for (String pregnancy : List.of("{\"status\":\"YES\"}", "{\"status\":\"YES\",\"dueDate\":\"2027-01-15\"}")) {
            post(firstStep().set("answers.pregnancy", pregnancy))
                    .then().statusCode(200)
                    .body("complete", equalTo(false))
                    .body("final", equalTo(true))
                    .body("statusFinal", equalTo(false))
                    .body("decision.status", equalTo("DEFERRED"))
                    .body("decision.eligible", equalTo(false))
                    .body("decision", not(hasKey("eligibleFrom")))
                    // What follows the deferral would be judged on part of the answers: not said.
                    .body("decision", not(hasKey("afterDeferral")))
                    .body("decision.reasons.code", hasItem("PREGNANCY"))
                    .body("decision.conditionsToResolve", not(empty()))
                    .body("decision.preparation", empty())
                    .body("decision.aftercare", empty());
        }
    }

    @Test
    void breastfeedingIsAFinalDeferral() {
        post(firstStep().set("answers.breastfeeding", "{\"status\":\"YES\",\"plannedEndDate\":\"2027-03-01\"}"))
                .then().statusCode(200)
                .body("final", equalTo(true))
                .body("decision.status", equalTo("DEFERRED"))
                .body("decision.reasons.code", hasItem("BREASTFEEDING"));
    }

    /** A healthy patient part-way is told nothing about the outcome: no status, no decision. */
    @Test
    void aHealthyPartialIsNotFinalAndCarriesNoStatus() {
        Response response = post(firstStep());
        response.then().statusCode(200)
                .body("complete", equalTo(false))
                .body("final", equalTo(false))
                .body("statusFinal", equalTo(false))
                .body("$", not(hasKey("decision")))
                .body("$", not(hasKey("status")))
                .body("unanswered", hasItems("answers.bleedingDisorder", "answers.skinType.fitzpatrick"))
                .body("unanswered", not(hasItem("answers.dateOfBirth")))
                // Follow-ups of answers not given are not listed, nor optional questions.
                .body("unanswered", not(hasItem("answers.isotretinoin.lastDoseDate")))
                .body("unanswered", not(hasItem("answers.electronicImplant")));
    }

    /** A clinician review so far (age 18-21 is off-label) is not certain either way: no decision yet. */
    @Test
    void aReviewSoFarIsNotFinal() {
        post(firstStep().set("answers.dateOfBirth", "2006-01-01"))
                .then().statusCode(200).body("final", equalTo(false)).body("$", not(hasKey("decision")));
    }

    /** Keloid tendency rules the treatment out; answered "not sure" it is screened as a possible yes. */
    @Test
    void anAbsoluteContraindicationInTheSecondStepIsFinal() {
        for (String answer : List.of("YES", "UNSURE")) {
            post(firstStep().set("answers.keloidTendency", answer).set("answers.bleedingDisorder", "NO"))
                    .then().statusCode(200)
                    .body("final", equalTo(true))
                    .body("statusFinal", equalTo(true))
                    .body("decision.status", equalTo("NOT_ELIGIBLE"))
                    .body("decision.reasons.code", hasItem("KELOID_HYPERTROPHIC_TENDENCY"));
        }
    }

    /** Alternatives screened without the open questions are never offered as bookable. */
    @Test
    void alternativesOfAnIncompleteIntakeNeedAClinician() {
        Intake pregnant = firstStep().set("answers.pregnancy", "{\"status\":\"YES\"}");
        post(pregnant, "?alternatives=always")
                .then().statusCode(200)
                .body("decision.alternatives.requiresClinicianReview", everyItem(equalTo(true)))
                .body("decision.alternatives.status", everyItem(not(equalTo("ELIGIBLE"))))
                .body("decision.alternatives.status", everyItem(not(equalTo("ELIGIBLE_WITH_PRECAUTIONS"))));
        post(pregnant, "?alternatives=always&view=patient")
                .then().statusCode(200)
                .body("decision.view", equalTo("patient"))
                .body("decision.alternatives", empty());
    }

    @Test
    void aCompleteIntakeGetsTheFullScreeningsDecision() {
        post(Intake.healthy())
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("final", equalTo(true))
                .body("statusFinal", equalTo(true))
                .body("unanswered", empty())
                .body("decision.status", equalTo("ELIGIBLE"))
                .body("decision.aftercare.code", hasItem("SPF_DAILY"));
    }

    @Test
    void patientViewOfAFinalDecision() {
        post(firstStep().set("answers.dateOfBirth", "2010-06-01"), "?view=patient&lang=es")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("decision.view", equalTo("patient"))
                .body("decision.status", equalTo("NOT_ELIGIBLE"))
                .body("decision", not(hasKey("explanation")));
    }

    /** The answers given are checked as strictly as in a full screening, each error at its path. */
    @Test
    void invalidAnswersGivenAre400WithTheirPaths() {
        post(firstStep().set("answers.dateOfBirth", "2030-01-01").set("answers.isotretinoin", "{\"status\":\"PAST\"}"))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("https://contraindication-screening.example/problems/invalid-request"))
                .body("errors.field", contains("answers.dateOfBirth", "answers.isotretinoin.lastDoseDate"))
                .body("errors.pointer", contains("/answers/dateOfBirth", "/answers/isotretinoin/lastDoseDate"));
        post(firstStep().set("answers.pregnancy.status", "MAYBE"))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answers.pregnancy.status"));
        post(firstStep().set("answers.shoeSize", 42))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answers.shoeSize"));
    }

    /** A missing answer is never read as "no": without the answers object nothing is screened at all. */
    @Test
    void aRequestWithoutAnswersIsRefused() {
        given().contentType(ContentType.JSON).body("{\"treatment\":\"MN\"}").post("/v1/screenings/partial")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("answers"));
        given().contentType(ContentType.JSON).body("{\"treatment\":\"MN\",\"answers\":{}}").post("/v1/screenings/partial")
                .then().statusCode(200).body("final", equalTo(false))
                .body("unanswered", hasItem("answers.dateOfBirth")).body("$", not(hasKey("decision")));
    }

    /** Swagger UI's examples are what the service answers: final or not, and the decision's status. */
    @Test
    void theContractsExamplesAreWhatTheServiceAnswers() throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory());
        var examples = yaml.readTree(ContractValidation.CONTRACT.toFile()).get("components").get("examples");
        for (String name : List.of("under-age", "pregnant", "open")) {
            var expected = examples.get("partial-" + name).get("value");
            var actual = Intake.MAPPER.readTree(given().contentType(ContentType.JSON)
                    .body(examples.get("partial-request-" + name).get("value").toString())
                    .post("/v1/screenings/partial?view=patient").then().statusCode(200).extract().asString());
            for (String field : List.of("complete", "final", "statusFinal", "unanswered")) {
                assertEquals(expected.get(field), actual.get(field), name + " " + field);
            }
            assertEquals(expected.path("decision").path("status"),
                    actual.path("decision").path("status"), name + " status");
        }
    }

    /** Only what the first step asks, as the widget sends it after step 1. */
    private static Intake firstStep() {
        Intake intake = Intake.healthy();
        for (String field : List.copyOf(intake.answerNames())) {
            if (!FIRST_STEP.contains(field)) {
                intake.remove("answers." + field);
            }
        }
        return intake;
    }

    private static Response post(Intake intake) {
        return post(intake, "");
    }

    private static Response post(Intake intake, String query) {
        return given().contentType(ContentType.JSON).body(intake.json()).post("/v1/screenings/partial" + query);
    }
}
