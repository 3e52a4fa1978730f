package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AnswerCheck;
import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.api.ListedMedicineView;
import com.clinicscreen.screening.api.PartialScreening;
import com.clinicscreen.screening.api.PatientDecision;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.terminology.Classification;
import com.clinicscreen.screening.terminology.Terminology;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The patient's medicine list (answers.medicines, Q39): each medicine is screened by its classes as the class
 * questions are, named in the reasons; a contradicted class answer is sent back to be checked; a medicine the
 * service does not recognise is shown to staff and changes nothing.
 */
class ListedMedicinesTest {

    /** An apixaban 5 mg tablet (RxNorm SCD, in terminology/medications.tsv as ANTICOAGULANT). */
    static final String ELIQUIS = "{\"name\":\"Eliquis\",\"rxcui\":\"1364445\"}";
    /** A clopidogrel 75 mg tablet (RxNorm SCD, ANTIPLATELET). */
    static final String PLAVIX = "{\"name\":\"Plavix\",\"rxcui\":\"309362\"}";
    static final String HERBAL_TEA = "{\"name\":\"grandma's herbal tea\"}";

    private final ScreeningService service = TestScreening.service();

    @Test
    void eliquisListedWithNoToBloodThinnersIsScreenedAsAnAnticoagulantNamingItAndTheAnswerIsSentBackToCheck() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.medicines", "[" + ELIQUIS + "]"), Language.EN);
        ReasonView anticoagulant = reason(decision, "ANTICOAGULANT_RX");
        assertEquals(List.of(new AnswerRef("answers.medicines[0]", "Eliquis")), anticoagulant.triggeredBy());
        assertEquals(DecisionStatus.CLINICIAN_REVIEW, decision.status());
        assertEquals(screen(Intake.healthy().set("answers.bloodThinners",
                "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}"), Language.EN).status(), decision.status(),
                "the same as answering yes, apixaban");
        AnswerCheck check = single(decision.answerChecks());
        assertEquals("answers.bloodThinners.status", check.field());
        assertEquals("Q09", check.questionId());
        assertEquals(List.of("Eliquis"), check.medicines());
        assertEquals("Your medicine list includes Eliquis, but your answer to this question is “No”. Please check your "
                + "answer.", check.message());
        assertEquals(List.of(new ListedMedicineView("answers.medicines[0]", "Eliquis", "1364445", true,
                List.of(new ListedMedicineView.MedicineClassView("ANTICOAGULANT", "anticoagulant")))), decision.medicines());
    }

    @Test
    void theCheckIsInTheRequestsLanguageAndInThePatientView() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.medicines", "[" + ELIQUIS + "]"), Language.ES);
        AnswerCheck check = single(decision.answerChecks());
        assertEquals("Su lista de medicamentos incluye Eliquis, pero su respuesta a esta pregunta es “No”. Por favor, "
                + "revise su respuesta.", check.message());
        assertEquals(decision.answerChecks(), PatientDecision.of(decision).answerChecks());
    }

    @Test
    void eliquisListedWithYesToBloodThinnersRaisesNoCheckAndTheReasonNamesBothAnswers() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")
                .set("answers.medicines", "[" + ELIQUIS + "]"), Language.EN);
        assertEquals(List.of(), decision.answerChecks());
        assertEquals(List.of(new AnswerRef("answers.bloodThinners.medicines[0]", "APIXABAN"),
                new AnswerRef("answers.medicines[0]", "Eliquis")), reason(decision, "ANTICOAGULANT_RX").triggeredBy());
    }

    @Test
    void twoListedMedicinesOfTheQuestionsClassesMakeOneCheckNamingBoth() {
        ScreeningDecision decision = screen(Intake.healthy()
                .set("answers.medicines", "[" + ELIQUIS + "," + HERBAL_TEA + "," + PLAVIX + "]"), Language.EN);
        AnswerCheck check = single(decision.answerChecks());
        assertEquals(List.of("Eliquis", "Plavix"), check.medicines());
        assertTrue(check.message().contains("Eliquis, Plavix"), check.message());
    }

    /**
     * Today's names.tsv has the ingredient, not the Absorica or Accutane brands (the medicine index adds them):
     * the ingredient's name as typed is recognised by name.
     */
    @Test
    void isotretinoinTypedWithNeverToTheIsotretinoinQuestionIsScreenedAsCurrentIsotretinoin() {
        Intake typed = Intake.healthy().set("answers.medicines", "[{\"name\":\"Isotretinoin 20 mg\"}]");
        ScreeningDecision decision = screen(typed, Language.EN);
        assertEquals(List.of(new AnswerRef("answers.medicines[0]", "Isotretinoin 20 mg")),
                reason(decision, "ISOTRETINOIN_CURRENT").triggeredBy());
        assertEquals(screen(Intake.healthy().set("answers.isotretinoin.status", "CURRENT"), Language.EN).status(),
                decision.status());
        AnswerCheck check = single(decision.answerChecks());
        assertEquals("answers.isotretinoin.status", check.field());
        assertEquals("Q07", check.questionId());
        assertTrue(check.message().contains("“No, never”"), check.message());
    }

    @Test
    void aMedicineNothingRecognisesIsShownToStaffOnlyAndChangesNothing() throws JsonProcessingException {
        ScreeningDecision without = screen(Intake.healthy(), Language.EN);
        ScreeningDecision with = screen(Intake.healthy().set("answers.medicines", "[" + HERBAL_TEA + "]"), Language.EN);
        assertEquals(without.status(), with.status());
        assertEquals(without.reasons(), with.reasons());
        assertEquals(List.of(), with.answerChecks());
        assertEquals(List.of(new ListedMedicineView("answers.medicines[0]", "grandma's herbal tea", null, false, List.of())),
                with.medicines());
        String patientView = Intake.MAPPER.writeValueAsString(PatientDecision.of(with));
        assertFalse(patientView.contains("herbal"), patientView);
        assertFalse(patientView.contains("\"medicines\""), patientView);
    }

    @Test
    void anAbsentListSaysNothingAndAnEmptyOneIsListedAsEmpty() {
        ScreeningDecision absent = screen(Intake.healthy(), Language.EN);
        assertNull(absent.medicines(), "not asked: no medicines section");
        assertEquals(List.of(), absent.answerChecks());
        ScreeningDecision empty = screen(Intake.healthy().set("answers.medicines", "[]"), Language.EN);
        assertEquals(List.of(), empty.medicines());
        assertEquals(absent.status(), empty.status());
        assertEquals(absent.reasons(), empty.reasons());
    }

    @Test
    void aMedicineKnownToBeOfNoConcernIsRecognisedWithNoClassesAndRaisesNothing() {
        // Today's data holds no code of no concern; the medicine index adds them (classes empty).
        Terminology terminology = new Terminology() {
            @Override
            public Classification medication(String system, String code) {
                return "198440".equals(code) ? new Classification(List.of(), "acetaminophen 500 MG Oral Tablet")
                        : super.medication(system, code);
            }
        };
        MedicineListReader reader = new MedicineListReader(terminology, TestScreening.medicines());
        var read = reader.read(List.of(new ListedMedicine("Tylenol", "198440")));
        assertEquals(1, read.size());
        assertTrue(read.get(0).recognised());
        assertEquals(List.of(), read.get(0).classes());
        FindingExtractor extractor = new FindingExtractor(new java.math.BigDecimal("8.0"), reader);
        var answers = Intake.healthy().request().answers();
        var withTylenol = Intake.healthy().set("answers.medicines", "[{\"name\":\"Tylenol\",\"rxcui\":\"198440\"}]")
                .request().answers();
        assertEquals(codes(extractor.extract(answers)), codes(extractor.extract(withTylenol)));
    }

    /** Picked from the medicine search (name and rxcui as the search gave them): loratadine and vitamin D. */
    @Test
    void aPickedMedicineOfNoConcernIsRecognisedWithNoClassesAndChangesNothing() {
        ScreeningDecision without = screen(Intake.healthy(), Language.EN);
        ScreeningDecision with = screen(Intake.healthy().set("answers.medicines",
                "[{\"name\":\"loratadine\",\"rxcui\":\"28889\"},{\"name\":\"cholecalciferol\",\"rxcui\":\"2418\"}]"),
                Language.EN);
        assertEquals(List.of(new ListedMedicineView("answers.medicines[0]", "loratadine", "28889", true, List.of()),
                new ListedMedicineView("answers.medicines[1]", "cholecalciferol", "2418", true, List.of())), with.medicines());
        assertEquals(without.status(), with.status());
        assertEquals(without.reasons(), with.reasons());
        assertEquals(List.of(), with.answerChecks());
        FindingExtractor extractor = new FindingExtractor(new java.math.BigDecimal("8.0"),
                new MedicineListReader(TestScreening.terminology(), TestScreening.medicines()));
        assertEquals(codes(extractor.extract(Intake.healthy().request().answers())),
                codes(extractor.extract(Intake.healthy().set("answers.medicines",
                        "[{\"name\":\"loratadine\",\"rxcui\":\"28889\"}]").request().answers())));
    }

    @Test
    void aNameTypedInFullIsRecognisedAndATypoOrAnUnknownCodeIsNot() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.medicines", "[{\"name\":\"  Loratadine \"},"
                + "{\"name\":\"loratadyne\"},{\"name\":\"grandma's herbal tea\",\"rxcui\":\"9999999\"}]"), Language.EN);
        assertEquals(List.of(new ListedMedicineView("answers.medicines[0]", "Loratadine", null, true, List.of()),
                new ListedMedicineView("answers.medicines[1]", "loratadyne", null, false, List.of()),
                new ListedMedicineView("answers.medicines[2]", "grandma's herbal tea", "9999999", false, List.of())),
                decision.medicines());
    }

    /** Absorica is a brand of isotretinoin: picked, it is screened as isotretinoin is. */
    @Test
    void aPickedBrandWithAClassIsRecognisedWithItsClass() {
        ScreeningDecision decision = screen(Intake.healthy().set("answers.medicines",
                "[{\"name\":\"Absorica\",\"rxcui\":\"1299198\"}]"), Language.EN);
        assertEquals(1, decision.medicines().size());
        assertTrue(decision.medicines().get(0).recognised());
        assertEquals(List.of("ISOTRETINOIN"), decision.medicines().get(0).classes().stream()
                .map(ListedMedicineView.MedicineClassView::code).toList());
        assertEquals(List.of(new AnswerRef("answers.medicines[0]", "Absorica")),
                reason(decision, "ISOTRETINOIN_CURRENT").triggeredBy());
    }

    @Test
    void theIndexKnowsMedicinesByRxcuiAndByNameOnly() {
        var index = TestScreening.medicines();
        assertEquals(List.of(), index.classesOf("28889", null));
        assertEquals(List.of(), index.classesOf(null, "LORATADINE"));
        assertEquals(List.of("ISOTRETINOIN"), index.classesOf("1299198", "anything"));
        assertEquals(List.of("ANTICOAGULANT"), index.classesOf(null, "Eliquis"), "a brand the index holds without rxcui");
        assertNull(index.classesOf("9999999", "loratadyne"));
        assertNull(index.classesOf(null, "lorat"), "a beginning is not a name");
        assertNull(index.classesOf("name:eliquis", null), "only a number is an rxcui");
    }

    @Test
    void aListedMedicineRulesOutTheAlternativesItsFindingRulesOut() {
        Intake base = Intake.healthy().set("answers.goals", AlternativesTest.ALL_GOALS);
        assertTrue(codes(always(base.copy())).contains("ALT_PEEL_SUP"));
        // A photosensitising antibiotic rules the superficial peel out, listed as it is answered.
        List<String> onDoxycycline = codes(always(base.copy().set("answers.medicines", "[{\"name\":\"doxycycline\"}]")));
        assertFalse(onDoxycycline.contains("ALT_PEEL_SUP"), onDoxycycline::toString);
        assertEquals(codes(always(base.copy().set("answers.photosensitizingMedication", "YES"))), onDoxycycline);
        assertEquals(statuses(always(base.copy().set("answers.isotretinoin.status", "CURRENT"))),
                statuses(always(base.copy().set("answers.medicines", "[{\"name\":\"isotretinoin\"}]"))));
        // Each alternative screened as if the class question had said yes.
        assertEquals(statuses(always(base.copy().set("answers.bloodThinners",
                        "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}"))),
                statuses(always(base.copy().set("answers.medicines", "[" + ELIQUIS + "]"))));
    }

    private ScreeningDecision always(Intake intake) {
        return service.screen(intake.request(), Language.EN, false, AlternativesMode.ALWAYS);
    }

    private static Map<String, DecisionStatus> statuses(ScreeningDecision decision) {
        Map<String, DecisionStatus> statuses = new java.util.TreeMap<>();
        decision.alternatives().forEach(a -> statuses.put(a.code(), a.status()));
        return statuses;
    }

    @Test
    void thePartialScreeningSendsTheCheckBackBeforeTheIntakeIsComplete() {
        Intake partial = Intake.healthy().remove("answers.keloidTendency")
                .set("answers.medicines", "[" + ELIQUIS + "]");
        PartialScreening screening = service.screenPartial(partial.request(), Language.EN, AlternativesMode.AUTO);
        assertFalse(screening.complete());
        AnswerCheck check = single(screening.answerChecks());
        assertEquals("answers.bloodThinners.status", check.field());
        assertEquals(List.of("Eliquis"), check.medicines());
        PartialScreening unanswered = service.screenPartial(partial.copy().remove("answers.bloodThinners").request(),
                Language.EN, AlternativesMode.AUTO);
        assertEquals(List.of(), unanswered.answerChecks(), "a question not answered yet contradicts nothing");
    }

    @Test
    void eachListedMedicineIsCheckedWithItsPathAsWritten() {
        Map<String, ProblemKey> refused = Map.of(
                "[{\"name\":\"  \"}]", ProblemKey.REQUIRED,
                "[{\"rxcui\":\"1364445\"}]", ProblemKey.REQUIRED,
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"12a\"}]", ProblemKey.RXCUI,
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"12345678901\"}]", ProblemKey.RXCUI,
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"\"}]", ProblemKey.RXCUI,
                "[{\"name\":\"" + "a".repeat(121) + "\"}]", ProblemKey.TOO_LONG,
                "[null]", ProblemKey.NOT_NULL,
                list(31), ProblemKey.TOO_MANY_ENTRIES);
        Map<String, String> fields = Map.of(
                "[{\"name\":\"  \"}]", "answers.medicines[0].name",
                "[{\"rxcui\":\"1364445\"}]", "answers.medicines[0].name",
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"12a\"}]", "answers.medicines[1].rxcui",
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"12345678901\"}]", "answers.medicines[1].rxcui",
                "[" + ELIQUIS + ",{\"name\":\"x\",\"rxcui\":\"\"}]", "answers.medicines[1].rxcui",
                "[{\"name\":\"" + "a".repeat(121) + "\"}]", "answers.medicines[0].name",
                "[null]", "answers.medicines[0]",
                list(31), "answers.medicines");
        refused.forEach((list, key) -> {
            InvalidRequestException e = assertThrows(InvalidRequestException.class,
                    () -> screen(Intake.healthy().set("answers.medicines", list), Language.EN), list);
            assertEquals(List.of(fields.get(list)),
                    e.errors().stream().map(FieldProblem::field).toList(), list);
            assertEquals(key, e.errors().get(0).key(), list);
        });
        // The limits themselves are accepted; the name is kept without surrounding spaces.
        ScreeningDecision longest = screen(Intake.healthy().set("answers.medicines",
                "[{\"name\":\"  " + "a".repeat(120) + " \",\"rxcui\":\"1234567890\"}]"), Language.EN);
        assertEquals("a".repeat(120), longest.medicines().get(0).name());
        assertEquals(30, screen(Intake.healthy().set("answers.medicines", list(30)), Language.EN).medicines().size());
    }

    private static String list(int entries) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < entries; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"tea ").append(i).append("\"}");
        }
        return json.append(']').toString();
    }

    private ScreeningDecision screen(Intake intake, Language language) {
        return service.screen(intake.request(), language, false);
    }

    private static ReasonView reason(ScreeningDecision decision, String code) {
        return decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " reason: " + decision.reasons()));
    }

    private static <T> T single(List<T> list) {
        assertEquals(1, list.size(), list::toString);
        return list.get(0);
    }

    private static List<String> codes(ScreeningDecision decision) {
        return decision.alternatives().stream().map(a -> a.code()).toList();
    }

    private static java.util.Set<com.clinicscreen.screening.domain.FindingCode> codes(
            com.clinicscreen.screening.domain.Findings findings) {
        java.util.Set<com.clinicscreen.screening.domain.FindingCode> codes = new java.util.TreeSet<>();
        findings.all().forEach(f -> codes.add(f.code()));
        return codes;
    }
}
