package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision a patient can read: a headline and message for every status, reasons in the decision's
 * own vocabulary, a patient view without clinician content, primary sources only, compressed responses.
 */
@QuarkusTest
class PatientViewTest {

    private static final Intake PREGNANT_WITH_KELOIDS = Intake.healthy()
            .set("answers.pregnancy", "{\"status\":\"YES\"}").set("answers.keloidTendency", "YES");
    /** Isotretinoin stopped 2026-06-15: six months' washout ends 2026-12-15. */
    private static final Intake ISOTRETINOIN_STOPPED = Intake.healthy().set("answers.isotretinoin",
            "{\"status\":\"PAST\",\"firstDoseDate\":\"2025-12-01\",\"lastDoseDate\":\"2026-06-15\"}");

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    private static ValidatableResponse screen(Intake intake, String query) {
        return given().contentType(ContentType.JSON).body(intake.json()).post("/v1/screenings" + query).then()
                .statusCode(200);
    }

    @Test
    void eligiblePatientReadsTheDateInTheirLanguage() {
        screen(Intake.healthy(), "?view=patient").body("status", equalTo("ELIGIBLE"))
                .body("headline", equalTo("You can book this treatment"))
                .body("message", matchesPattern(".*you can book from October 1, 2026\\..*"));
        screen(Intake.healthy(), "?view=patient&lang=es").body("headline", equalTo("Puede reservar este tratamiento"))
                .body("message", matchesPattern(".*puede reservar a partir del 1 de octubre de 2026\\..*"));
    }

    @Test
    void deferredPatientIsToldTheFirstDayTheyCanBook() {
        screen(ISOTRETINOIN_STOPPED, "?view=patient").body("status", equalTo("DEFERRED"))
                .body("eligibleFrom", equalTo("2026-12-15"))
                .body("headline", equalTo("You can book from December 15, 2026"))
                .body("reasons.status", everyItem(equalTo("DEFERRED")));
    }

    /** Nothing is stored, so nobody would call: the patient is asked to contact the clinic with a reference. */
    @Test
    void clinicianReviewAsksThePatientToContactTheClinicWithAReference() {
        var decision = screen(Intake.healthy().set("answers.bloodThinners",
                "{\"status\":\"YES\",\"medicines\":[\"CLOPIDOGREL\"]}"), "?view=patient")
                .body("status", equalTo("CLINICIAN_REVIEW"))
                .body("eligibleFrom", org.hamcrest.Matchers.nullValue())
                .body("headline", equalTo("A clinician will review your answers first"))
                .extract().jsonPath();
        String reference = decision.getString("decisionId").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        assertTrue(decision.getString("message").contains("Please contact the clinic to arrange this, quoting reference "
                + reference + "."), decision.getString("message"));
        assertFalse(decision.getString("message").contains("will contact you"));
    }

    @Test
    void pregnantWithKeloidsIsNotEligibleAndSeesOnlyWhatTheyCanBookWithoutAClinician() {
        screen(PREGNANT_WITH_KELOIDS, "?view=patient").body("status", equalTo("NOT_ELIGIBLE"))
                .body("headline", equalTo("This treatment is not suitable for you"))
                .body("message", matchesPattern(".*The other options below may suit your goals.*"))
                .body("alternatives.code", contains("ALT_TOP_GENTLE"))
                .body("reasons.find { it.code == 'PREGNANCY' }.status", equalTo("DEFERRED"))
                .body("reasons.find { it.code == 'KELOID_HYPERTROPHIC_TENDENCY' }.status", equalTo("NOT_ELIGIBLE"))
                .body("reasons.text", everyItem(notNullValue()))
                .body("reasons.text", not(hasItem(matchesPattern("(?i).*congratulations.*"))));
        // The full view keeps the alternatives a clinician may approve, flagged as such.
        screen(PREGNANT_WITH_KELOIDS, "").body("alternatives.find { it.code == 'ALT_PEEL_SUP' }.requiresClinicianReview",
                equalTo(true));
    }

    /** A reason a medicine of the patient's own list raised says which, as listed; one from a class answer names none. */
    @Test
    void aReasonRaisedByAListedMedicineNamesIt() {
        Intake listed = Intake.healthy().set("answers.medicines",
                "[{\"name\":\"chamomile tea\"},{\"name\":\"apixaban\",\"rxcui\":\"1364430\"}]");
        screen(listed, "?view=patient").body("status", equalTo("CLINICIAN_REVIEW"))
                .body("reasons.find { it.code == 'ANTICOAGULANT_RX' }.medicines", contains("apixaban"))
                .body("reasons.findAll { it.code != 'ANTICOAGULANT_RX' }.medicines", everyItem(nullValue()));
        screen(intake("clopidogrel"), "?view=patient").body("status", equalTo("CLINICIAN_REVIEW"))
                .body("reasons.medicines", everyItem(nullValue()));
    }

    @Test
    void reasonsSpeakTheDecisionsVocabulary() {
        screen(ISOTRETINOIN_STOPPED, "").body("reasons.find { it.code == 'ISOTRETINOIN_RECENT' }.outcome",
                equalTo("DEFER_UNTIL_DATE")).body("reasons.find { it.code == 'ISOTRETINOIN_RECENT' }.status",
                equalTo("DEFERRED"));
    }

    private static Intake intake(String name) {
        return switch (name) {
            case "healthy" -> Intake.healthy();
            case "isotretinoin" -> ISOTRETINOIN_STOPPED;
            case "cold-sores" -> Intake.healthy().set("answers.coldSores",
                    "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}");
            case "clopidogrel" -> Intake.healthy().set("answers.bloodThinners",
                    "{\"status\":\"YES\",\"medicines\":[\"CLOPIDOGREL\"]}");
            default -> PREGNANT_WITH_KELOIDS;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthy", "isotretinoin", "clopidogrel", "pregnant-keloids"})
    void patientViewLeavesOutClinicianContentAndIsAtMostAThirdOfTheFullView(String name) {
        String full = screen(intake(name), "").extract().asString();
        String patient = screen(intake(name), "?view=patient").extract().asString();
        for (String clinicianOnly : new String[] {"clinicianDetail", "sources", "triggeredBy", "\"ref\"", "policy",
                "sessionGuidance", "\"CLINICIAN\"", "needleDepth", "outcome", "severity"}) {
            assertFalse(patient.contains(clinicianOnly), name + ": patient view has " + clinicianOnly);
        }
        int fullBytes = full.getBytes(StandardCharsets.UTF_8).length;
        int patientBytes = patient.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(patientBytes * 3 <= fullBytes, name + ": patient view " + patientBytes + " B, full " + fullBytes + " B");
    }

    /** Every instruction the patient view names has its text, in both languages, in GET /v1/instructions. */
    @ParameterizedTest
    @ValueSource(strings = {"healthy", "cold-sores", "clopidogrel"})
    void everyInstructionThePatientViewNamesHasItsTextPublished(String name) {
        for (String lang : new String[] {"en", "es"}) {
            var decision = screen(intake(name), "?view=patient&lang=" + lang).extract().jsonPath();
            List<String> named = new java.util.ArrayList<>(decision.getList("preparation.code", String.class));
            named.addAll(decision.getList("aftercare.code", String.class));
            assertFalse(named.isEmpty(), name + " has instructions");
            var catalog = given().get("/v1/instructions?lang=" + lang).then().statusCode(200)
                    .header("Content-Language", lang).header("Cache-Control", "public, max-age=300")
                    .extract().jsonPath();
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            List<java.util.Map<String, String>> entries = catalog.getList("instructions");
            entries.forEach(e -> texts.put(e.get("code"), e.get("text")));
            for (String code : named) {
                assertTrue(texts.containsKey(code) && !texts.get(code).isBlank(), lang + ": no text for " + code);
            }
        }
    }

    @Test
    void aRuleRestingOnClinicPracticeAloneShowsItsSecondarySourcesMarkedSo() {
        var reasons = screen(Intake.healthy().set("answers.bloodThinners",
                "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}"), "").extract().jsonPath();
        List<String> kinds = reasons.getList("reasons.find { it.code == 'ANTICOAGULANT_RX' }.sources.kind");
        assertFalse(kinds.isEmpty(), "ANTICOAGULANT_RX shows its sources");
        assertEquals(List.of("secondary"), kinds.stream().distinct().toList());
    }

    @Test
    void aRuleWithPrimarySourcesCitesOnlyThose() {
        var decision = screen(Intake.healthy().set("answers.nsaidsOrSupplements", "YES").set("answers.keloidTendency", "YES")
                .set("answers.pregnancy", "{\"status\":\"YES\"}"), "").extract().jsonPath();
        List<List<java.util.Map<String, String>>> sources = decision.getList("reasons.sources");
        int primary = 0;
        for (List<java.util.Map<String, String>> cited : sources) {
            boolean anyPrimary = cited.stream().anyMatch(s -> s.get("kind").equals("primary"));
            for (java.util.Map<String, String> source : cited) {
                assertEquals(anyPrimary ? "primary" : "secondary", source.get("kind"), source.toString());
                assertEquals(source.get("kind").equals("primary"), source.get("id").startsWith("S"), source.toString());
                primary += anyPrimary ? 1 : 0;
            }
        }
        assertTrue(primary > 0, "some primary sources are cited");
    }

    @Test
    void viewIsStrict() {
        for (String value : new String[] {"PATIENT", "", "clinician"}) {
            given().contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings?view=" + value)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("view"));
        }
        given().contentType(ContentType.JSON).body(Intake.healthy().json())
                .post("/v1/screenings?view=patient&view=full").then().statusCode(400);
    }

    @Test
    void decisionsAreCompressedWhenTheClientAcceptsIt() {
        given().contentType(ContentType.JSON).header("Accept-Encoding", "gzip").body(PREGNANT_WITH_KELOIDS.json())
                .post("/v1/screenings").then().statusCode(200).header("Content-Encoding", "gzip");
        given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .contentType(ContentType.JSON).header("Accept-Encoding", "identity").body(PREGNANT_WITH_KELOIDS.json())
                .post("/v1/screenings").then().statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue());
    }
}
