package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Results a patient can act on: alternatives they may book show their precautions and never advise what one
 * of their findings rules out; a result that cannot be booked lists only what must happen before booking;
 * each status says its booking date once and one way; the copy reads as written, in both languages.
 */
@QuarkusTest
class PatientResultsTest {

    private static final String COLD_SORES = "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}";
    private static final String ON_ISOTRETINOIN = "{\"status\":\"CURRENT\"}";
    /** Last dose 2026-06-15: the six months' washout ends on 2026-12-15, the first day it no longer applies. */
    private static final String ISOTRETINOIN_STOPPED =
            "{\"status\":\"PAST\",\"firstDoseDate\":\"2025-12-01\",\"lastDoseDate\":\"2026-06-15\"}";
    private static final String APIXABAN = "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}";
    /** Words that recommend an exfoliating acid in the gentle regimen's advice, per language. */
    private static final Map<String, Pattern> RECOMMENDS_ACID = Map.of(
            "en", Pattern.compile("or mild AHA"), "es", Pattern.compile("o AHA suave"));

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    private static JsonPath screen(Intake intake, String query) {
        return given().contentType(ContentType.JSON).body(intake.json()).post("/v1/screenings" + query).then()
                .statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> instructionTexts(String lang) {
        Map<String, String> texts = new HashMap<>();
        List<Map<String, String>> entries = given().get("/v1/instructions?lang=" + lang).then().statusCode(200)
                .extract().jsonPath().getList("instructions");
        entries.forEach(e -> texts.put(e.get("code"), e.get("text")));
        return texts;
    }

    private static Map<String, Object> alternative(JsonPath decision, String code) {
        List<Map<String, Object>> alternatives = decision.getList("alternatives");
        return alternatives.stream().filter(a -> code.equals(a.get("code"))).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- 1. precautions of bookable alternatives

    /**
     * The filler is bookable for a patient on isotretinoin only with antiviral prophylaxis when they get cold
     * sores: the patient view says so under the filler, in the patient's words; without cold sores, nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aBookableAlternativeShowsThePatientItsPrecautions(String lang) {
        Intake coldSores = Intake.healthy().set("answers.isotretinoin", ON_ISOTRETINOIN)
                .set("answers.coldSores", COLD_SORES).set("answers.goals", "[\"FINE_LINES_WRINKLES\"]");
        JsonPath patient = screen(coldSores, "?view=patient&lang=" + lang);
        Map<String, Object> filler = alternative(patient, "ALT_FILLER_HA");
        assertTrue(filler != null, "the filler is suggested: " + patient.getList("alternatives.code"));
        assertEquals(List.of(instructionTexts(lang).get("ANTIVIRAL_PROPHYLAXIS")), filler.get("precautions"), lang);
        // The full view flags it as a precaution, so the two views tell one story.
        JsonPath full = screen(coldSores, "?lang=" + lang);
        assertEquals("ELIGIBLE_WITH_PRECAUTIONS", alternative(full, "ALT_FILLER_HA").get("status"));
        assertEquals(filler.get("precautions"), alternative(full, "ALT_FILLER_HA").get("precautions"));

        JsonPath without = screen(Intake.healthy().set("answers.isotretinoin", ON_ISOTRETINOIN)
                .set("answers.goals", "[\"FINE_LINES_WRINKLES\"]"), "?view=patient&lang=" + lang);
        assertEquals(List.of(), alternative(without, "ALT_FILLER_HA").get("precautions"), lang);
    }

    /**
     * Only patient texts: the filler's precaution for a methaemoglobinaemia risk is a clinician instruction (no
     * prilocaine or benzocaine), so the patient reads the rule's patient text instead, never the clinician's.
     */
    @Test
    void alternativePrecautionsAreThePatientsOwnTexts() {
        Intake risk = Intake.healthy().set("answers.isotretinoin", ON_ISOTRETINOIN)
                .set("answers.g6pdDeficiencyOrMethemoglobinemia", "YES").set("answers.goals", "[\"FINE_LINES_WRINKLES\"]");
        JsonPath full = screen(risk, "");
        String clinicianText = full.getString("preparation.find { it.code == 'NO_PRILOCAINE_BENZOCAINE' }.text");
        assertEquals("CLINICIAN", full.getString("preparation.find { it.code == 'NO_PRILOCAINE_BENZOCAINE' }.audience"));
        String patientText = full.getString("reasons.find { it.code == 'ANESTHETIC_METHEMOGLOBINEMIA_RISK' }.patientText");
        Map<String, Object> filler = alternative(screen(risk, "?view=patient"), "ALT_FILLER_HA");
        assertTrue(filler != null, "the filler is suggested");
        assertEquals(List.of(patientText), filler.get("precautions"));
        assertFalse(((List<?>) filler.get("precautions")).contains(clinicianText));
    }

    // ---------------------------------------------------------------- 2. advice screened like reasons

    /** On isotretinoin, the gentle regimen's advice leaves out exfoliating acids, in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theGentleRegimenRecommendsNoAcidToAPatientOnIsotretinoin(String lang) {
        JsonPath patient = screen(Intake.healthy().set("answers.isotretinoin", ON_ISOTRETINOIN),
                "?view=patient&lang=" + lang);
        String why = (String) alternative(patient, "ALT_TOP_GENTLE").get("why");
        assertFalse(RECOMMENDS_ACID.get(lang).matcher(why).find(), why);
        assertTrue(why.contains(lang.equals("es") ? "sin ácidos exfoliantes" : "without exfoliating acids"), why);
        // The finding is answered by the advice itself: no reason text about waiting for this home regimen.
        assertEquals(List.of(), alternative(patient, "ALT_TOP_GENTLE").get("precautions"));
        // Staff read the same advice.
        assertEquals(why, alternative(screen(Intake.healthy().set("answers.isotretinoin", ON_ISOTRETINOIN),
                "?lang=" + lang), "ALT_TOP_GENTLE").get("why"));
    }

    /**
     * The rule is time-bound: on the last day of the washout the acid is still left out; on the day it ends the
     * ordinary advice, with a mild AHA, is back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theAcidComesBackOnTheDayTheIsotretinoinWashoutEnds(String lang) {
        Intake stopped = Intake.healthy().set("answers.isotretinoin", ISOTRETINOIN_STOPPED);
        String within = (String) alternative(screen(stopped.set("plannedTreatmentDate", "2026-12-14"),
                "?view=patient&alternatives=always&lang=" + lang), "ALT_TOP_GENTLE").get("why");
        assertFalse(RECOMMENDS_ACID.get(lang).matcher(within).find(), "within the washout: " + within);
        String after = (String) alternative(screen(stopped.set("plannedTreatmentDate", "2026-12-15"),
                "?view=patient&alternatives=always&lang=" + lang), "ALT_TOP_GENTLE").get("why");
        assertTrue(RECOMMENDS_ACID.get(lang).matcher(after).find(), "after the washout: " + after);
    }

    /** A flaring rosacea in the area is irritation-prone too (reference §4.2 ALT_TOP_GENTLE): no acid either. */
    @Test
    void theGentleRegimenRecommendsNoAcidOnAFlaringSkin() {
        JsonPath patient = screen(Intake.healthy().set("answers.rosacea",
                "{\"status\":\"YES\",\"type\":\"REDNESS_ONLY\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}"),
                "?view=patient");
        String why = (String) alternative(patient, "ALT_TOP_GENTLE").get("why");
        assertFalse(RECOMMENDS_ACID.get("en").matcher(why).find(), why);
        // Without the finding, the ordinary advice.
        String healthy = (String) alternative(screen(Intake.healthy(), "?view=patient&alternatives=always"),
                "ALT_TOP_GENTLE").get("why");
        assertTrue(RECOMMENDS_ACID.get("en").matcher(healthy).find(), healthy);
    }

    /**
     * Reference §5 "Pregnant": the gentle regimen is azelaic acid, vitamin C, HA, niacinamide and mineral SPF 30+;
     * glycolic or lactic acid only as a peel under clinician review. A possible pregnancy is screened the same way;
     * breastfeeding (§5 "Breastfeeding": the regimen as it is) keeps the ordinary advice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theGentleRegimenRecommendsNoAcidInPregnancy(String lang) {
        for (String pregnancy : List.of("{\"status\":\"YES\"}", "{\"status\":\"UNSURE\"}")) {
            String why = (String) alternative(screen(Intake.healthy().set("answers.pregnancy", pregnancy),
                    "?view=patient&lang=" + lang), "ALT_TOP_GENTLE").get("why");
            assertFalse(RECOMMENDS_ACID.get(lang).matcher(why).find(), pregnancy + ": " + why);
        }
        String breastfeeding = (String) alternative(screen(Intake.healthy().set("answers.breastfeeding",
                "{\"status\":\"YES\"}"), "?view=patient&alternatives=always&lang=" + lang), "ALT_TOP_GENTLE").get("why");
        assertTrue(RECOMMENDS_ACID.get(lang).matcher(breastfeeding).find(), "breastfeeding: " + breastfeeding);
    }

    // ---------------------------------------------------------------- 3. results a patient can act on

    /** Pregnant: deferred with no date. Before, 25 care instructions; now none, and the message says what next. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aPregnantPatientReadsWhatComesNextAndNoCarePlan(String lang) {
        Intake pregnant = Intake.healthy().set("answers.pregnancy", "{\"status\":\"YES\"}");
        JsonPath patient = screen(pregnant, "?view=patient&lang=" + lang);
        assertEquals("DEFERRED", patient.getString("status"));
        assertEquals(List.of(), patient.getList("preparation"));
        assertEquals(List.of(), patient.getList("aftercare"));
        assertTrue(patient.getString("message").startsWith(lang.equals("es")
                ? "Este tratamiento debe esperar hasta después del nacimiento de su bebé y de que haya dejado de amamantar."
                : "This treatment has to wait until after your baby is born and you have stopped breastfeeding."),
                patient.getString("message"));
        // The staff view keeps everything.
        JsonPath full = screen(pregnant, "?lang=" + lang);
        assertTrue(full.getList("preparation").size() + full.getList("aftercare").size() >= 25,
                "full view: " + full.getList("preparation.code") + full.getList("aftercare.code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aPregnantPatientsResultUsesTheDueDateTheyGave(String lang) {
        JsonPath patient = screen(Intake.healthy().set("answers.pregnancy",
                "{\"status\":\"YES\",\"dueDate\":\"2027-03-03\"}"), "?view=patient&lang=" + lang);
        assertTrue(patient.getString("message").startsWith(lang.equals("es")
                ? "Este tratamiento debe esperar hasta después del nacimiento de su bebé (previsto para el 3 de marzo de "
                        + "2027) y de que haya dejado de amamantar."
                : "This treatment has to wait until after your baby is born (due March 3, 2027) and you have stopped "
                        + "breastfeeding."), patient.getString("message"));
    }

    /**
     * On apixaban: clinician review. Before, 26 care instructions; now only the one that applies before booking
     * (never stop the blood thinner); eligible patients keep their full plan.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aReviewListsOnlyWhatAppliesBeforeBooking(String lang) {
        Intake apixaban = Intake.healthy().set("answers.bloodThinners", APIXABAN);
        JsonPath patient = screen(apixaban, "?view=patient&lang=" + lang);
        assertEquals("CLINICIAN_REVIEW", patient.getString("status"));
        assertEquals(List.of("ANTICOAGULANT_DO_NOT_STOP"), patient.getList("preparation.code"));
        assertEquals(List.of(), patient.getList("aftercare"));
        JsonPath full = screen(apixaban, "?lang=" + lang);
        List<String> fullCodes = full.getList("preparation.code");
        assertTrue(fullCodes.contains("ANTICOAGULANT_DO_NOT_STOP") && fullCodes.contains("STOP_TOPICAL_RETINOIDS"),
                fullCodes.toString());
        assertFalse(full.getList("aftercare").isEmpty());
        assertEquals(List.of("ANTICOAGULANT_DO_NOT_STOP"),
                full.getList("reasons.find { it.code == 'ANTICOAGULANT_RX' }.instructions"));

        // The boundary: an eligible patient with a precaution keeps preparation and aftercare (planned ahead, so
        // that no preparation window is over yet).
        JsonPath eligible = screen(Intake.healthy().set("answers.coldSores", COLD_SORES)
                .set("plannedTreatmentDate", java.time.LocalDate.now().plusDays(30).toString()), "?view=patient&lang=" + lang);
        assertEquals("ELIGIBLE_WITH_PRECAUTIONS", eligible.getString("status"));
        assertTrue(eligible.getList("preparation.code").contains("ANTIVIRAL_PROPHYLAXIS"));
        assertTrue(eligible.getList("preparation").size() > 5 && eligible.getList("aftercare").size() > 5);
    }

    /** A deferral with a date says it once, in the headline, the one way ("You can book from ..."). */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aDeferralSaysItsDateOnceAndOneWay(String lang) {
        JsonPath patient = screen(Intake.healthy().set("answers.isotretinoin", ISOTRETINOIN_STOPPED),
                "?view=patient&lang=" + lang);
        String date = lang.equals("es") ? "15 de diciembre de 2026" : "December 15, 2026";
        String said = patient.getString("headline") + " " + patient.getString("message");
        assertEquals((lang.equals("es") ? "Puede reservar a partir del " : "You can book from ") + date,
                patient.getString("headline"));
        assertEquals(1, said.split(Pattern.quote(date), -1).length - 1, said);
        for (String other : List.of("or later", "at the earliest", "o más adelante", "como muy pronto")) {
            assertFalse(said.contains(other), said);
        }
        assertEquals(List.of(), patient.getList("preparation"));
        assertEquals(List.of(), patient.getList("aftercare"));
    }

    /** The reference to quote is said once (the widget no longer repeats it). */
    @Test
    void aReviewNamesItsReferenceOnce() {
        JsonPath patient = screen(Intake.healthy().set("answers.bloodThinners", APIXABAN), "?view=patient");
        String reference = patient.getString("decisionId").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        String said = patient.getString("headline") + " " + patient.getString("message");
        assertEquals(1, said.split(reference, -1).length - 1, said);
    }

    // ---------------------------------------------------------------- 4. copy

    /** No treatment name set mid-sentence (capitalised) and no parentheses inside parentheses, in any status. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void messagesReadAsWritten(String lang) {
        List<Intake> intakes = List.of(Intake.healthy(), Intake.healthy().set("answers.coldSores", COLD_SORES),
                Intake.healthy().set("answers.bloodThinners", APIXABAN),
                Intake.healthy().set("answers.isotretinoin", ISOTRETINOIN_STOPPED),
                Intake.healthy().set("answers.pregnancy", "{\"status\":\"YES\"}").set("answers.keloidTendency", "YES"));
        Pattern nested = Pattern.compile("\\([^)]*\\(");
        Pattern midSentence = Pattern.compile("[a-zá-ú,] (Microneedling|Microagujas)");
        for (Intake intake : intakes) {
            JsonPath patient = screen(intake, "?view=patient&lang=" + lang);
            String said = patient.getString("headline") + " " + patient.getString("message");
            assertFalse(nested.matcher(said).find(), said);
            assertFalse(midSentence.matcher(said).find(), said);
        }
    }

    /** A prescription regimen is staff's to suggest: never in the patient view, and no "±" anywhere it shows. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void patientsReadNoPrescriptionRegimen(String lang) {
        Intake apixaban = Intake.healthy().set("answers.bloodThinners", APIXABAN);
        String patient = given().contentType(ContentType.JSON).body(apixaban.json())
                .post("/v1/screenings?view=patient&lang=" + lang).then().statusCode(200).extract().asString();
        assertFalse(patient.contains("ALT_TOP_RETINOID"), patient);
        assertFalse(patient.contains("±"), patient);
        JsonPath full = screen(apixaban, "?lang=" + lang);
        Map<String, Object> retinoid = alternative(full, "ALT_TOP_RETINOID");
        assertEquals(Boolean.TRUE, retinoid.get("prescriptionRequired"));
        assertFalse(((String) retinoid.get("name")).contains("±"), (String) retinoid.get("name"));
        assertEquals(Boolean.FALSE, alternative(full, "ALT_TOP_GENTLE").get("prescriptionRequired"));
    }
}
