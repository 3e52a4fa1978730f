package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.engine.ReferenceMatrixTest;
import com.clinicscreen.screening.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Invariants over random valid intakes: a healthy intake changed by up to six answers drawn from every
 * rule's clinical case (each one a valid answer of the questionnaire), a random treatment that can be
 * requested and random goals. Each property is checked on every generated intake.
 */
class ScreeningInvariantsTest {

    private static final ScreeningService SERVICE = TestScreening.service();
    private static final Policy POLICY = TestScreening.policyProvider().policy();
    private static final Set<String> OFFERED = Set.of("MN", "ALT_RFMN", "ALT_PEEL_SUP", "ALT_TOP_GENTLE",
            "ALT_TOP_RETINOID", "ALT_LED");
    private static final List<String> GOALS = List.of("FINE_LINES_WRINKLES", "ACNE_SCARS", "OTHER_SCARS",
            "STRETCH_MARKS", "HYPERPIGMENTATION_MELASMA", "LAXITY", "TEXTURE", "PORES");

    /** Most permissive status the reference allows, per (undated finding, treatment), from the transcribed table. */
    private static final Map<String, DecisionStatus> LEAST_CAUTIOUS_ALLOWED = new HashMap<>();
    private static ScreeningService clinicService;

    @BeforeContainer
    static void readTheReferenceTableAndTheClinicSettings() throws IOException {
        for (ReferenceMatrixTest.Row row : ReferenceMatrixTest.rows()) {
            if (row.daysAgo() == null) {
                DecisionStatus leastCautious = row.allowed().stream()
                        .max(java.util.Comparator.comparingInt(Enum::ordinal)).orElseThrow();
                LEAST_CAUTIOUS_ALLOWED.merge(row.finding() + "/" + row.treatment(), leastCautious,
                        (a, b) -> a.ordinal() < b.ordinal() ? a : b);
            }
        }
        Path settings = Files.createTempFile("clinic-settings", ".yaml");
        try (var in = ScreeningInvariantsTest.class.getResourceAsStream("/clinic/sunset-derm.yaml")) {
            Files.write(settings, in.readAllBytes());
        }
        settings.toFile().deleteOnExit();
        clinicService = TestScreening.service(TestScreening.config(Optional.empty(), Optional.of(settings.toString())));
    }

    @Provide
    Arbitrary<Intake> intakes() {
        List<UnaryOperator<Intake>> changes = new ArrayList<>();
        Stream.of(EveryRuleFiresTest.microneedlingRules(), EveryRuleFiresTest.rfAddOnRules(),
                        EveryRuleFiresTest.prpAddOnRules())
                .flatMap(s -> s).forEach(arguments -> {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<Intake> change = (UnaryOperator<Intake>) arguments.get()[3];
                    changes.add(change);
                });
        Arbitrary<List<UnaryOperator<Intake>>> someChanges = Arbitraries.of(changes).list().ofMaxSize(6);
        Arbitrary<String> treatment = Arbitraries.of("MN", "ALT_RFMN", "ALT_PRPMN");
        Arbitrary<List<String>> goals = Arbitraries.of(GOALS).list().uniqueElements().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(someChanges, treatment, goals).as((picked, code, wanted) -> {
            Intake intake = EveryRuleFiresTest.prp().set("answers.electronicImplant", "NO")
                    .set("answers.metalOrTattooInArea.metalInArea", "NO");
            for (UnaryOperator<Intake> change : picked) {
                intake = change.apply(intake);
            }
            return intake.set("treatment", code).set("answers.goals", "[\"" + String.join("\",\"", wanted) + "\"]");
        });
    }

    @Property(tries = 300)
    void theStatusIsNeverLessCautiousThanAnyFiredRule(@ForAll("intakes") Intake intake) {
        ScreeningDecision decision = screen(SERVICE, intake);
        for (ReasonView reason : decision.reasons()) {
            assertTrue(decision.status().ordinal() <= reason.outcome().status().ordinal(),
                    () -> decision.status() + " with " + reason.code() + " " + reason.outcome());
        }
    }

    @Property(tries = 300)
    void eligibleFromOnlyWhenTheDateNeedsNobodysDecision(@ForAll("intakes") Intake intake) {
        ScreeningDecision decision = screen(SERVICE, intake);
        switch (decision.status()) {
            case ELIGIBLE, ELIGIBLE_WITH_PRECAUTIONS -> assertEquals(decision.evaluationDate(), decision.eligibleFrom());
            case CLINICIAN_REVIEW, NOT_ELIGIBLE -> assertNull(decision.eligibleFrom(), decision.status().name());
            case DEFERRED -> {
                assertNotNull(decision.afterDeferral());
                if (decision.eligibleFrom() != null) {
                    assertTrue(decision.conditionsToResolve().isEmpty(), "a resolution is still needed");
                    assertTrue(decision.afterDeferral().isEligible(), "a clinician still decides");
                    assertEquals(decision.notBefore(), decision.eligibleFrom());
                    assertTrue(decision.eligibleFrom().isAfter(decision.evaluationDate()));
                }
            }
        }
    }

    @Property(tries = 300)
    void noSuggestedAlternativeIsLessCautiousThanTheReferenceForAnyFinding(@ForAll("intakes") Intake intake) {
        ScreeningDecision decision = screen(SERVICE, intake);
        Findings findings = POLICY.implications().expand(SERVICE.findingsOf(intake.request()));
        for (AlternativeView alternative : decision.alternatives()) {
            assertTrue(Set.of(DecisionStatus.ELIGIBLE, DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS,
                    DecisionStatus.CLINICIAN_REVIEW).contains(alternative.status()));
            for (Finding finding : findings.all()) {
                DecisionStatus limit = LEAST_CAUTIOUS_ALLOWED.get(finding.code() + "/" + alternative.code());
                if (limit != null && finding.date() == null) {
                    assertTrue(alternative.status().ordinal() <= limit.ordinal(), () -> alternative.code() + " is "
                            + alternative.status() + " with " + finding.code() + "; the reference allows at most " + limit);
                }
            }
        }
    }

    @Property(tries = 300)
    void microneedlingVariantsNeverRescueAPatientMicroneedlingExcludes(@ForAll("intakes") Intake intake) {
        ScreeningDecision decision = screen(SERVICE, copy(intake).set("treatment", "MN"));
        if (decision.status() == DecisionStatus.NOT_ELIGIBLE || decision.status() == DecisionStatus.DEFERRED) {
            for (AlternativeView alternative : decision.alternatives()) {
                assertFalse(Set.of("ALT_RFMN", "ALT_PRPMN").contains(alternative.code()), alternative.code());
            }
        }
    }

    @Property(tries = 200)
    void noAlternativeOutsideTheClinicsOfferedTreatments(@ForAll("intakes") Intake intake) {
        Intake offered = copy(intake).set("treatment", intake.request().treatment().equals("ALT_PRPMN") ? "MN"
                : intake.request().treatment());
        for (AlternativeView alternative : screen(clinicService, offered).alternatives()) {
            assertTrue(OFFERED.contains(alternative.code()), alternative.code());
        }
    }

    @Property(tries = 300)
    void unsureIsNeverLessCautiousThanYes(@ForAll("intakes") Intake intake,
            @ForAll("unsureAndYes") Map.Entry<String, List<String>> question) {
        DecisionStatus unsure = screen(SERVICE, copy(intake).set(question.getKey(), "UNSURE")).status();
        for (String yes : question.getValue()) {
            Intake answeredYes = copy(intake);
            if (yes.startsWith("{")) {
                answeredYes.set(question.getKey().substring(0, question.getKey().lastIndexOf('.')), yes);
            } else {
                answeredYes.set(question.getKey(), yes);
            }
            DecisionStatus yesStatus = screen(SERVICE, answeredYes).status();
            assertTrue(unsure.ordinal() <= yesStatus.ordinal(),
                    () -> question.getKey() + ": UNSURE gives " + unsure + " but " + yes + " gives " + yesStatus);
        }
    }

    /** Questions offering "unsure", each with the "yes" answers it can have (the structured ones in full). */
    @Provide
    Arbitrary<Map.Entry<String, List<String>>> unsureAndYes() {
        Map<String, List<String>> questions = new java.util.LinkedHashMap<>();
        for (String simple : List.of("answers.keloidTendency", "answers.bleedingDisorder", "answers.openWoundInArea",
                "answers.nsaidsOrSupplements", "answers.hepatitisOrHiv", "answers.heartDisease",
                "answers.photosensitizingMedication", "answers.skinCancer.activeInArea",
                "answers.skinCancer.suspiciousLesionInArea", "answers.g6pdDeficiencyOrMethemoglobinemia")) {
            questions.put(simple, List.of("YES"));
        }
        questions.put("answers.rosacea.status", List.of(
                "{\"status\":\"YES\",\"type\":\"BUMPS_PUSTULES\",\"locations\":[\"FACE\"],\"flaringNow\":\"YES\"}",
                "{\"status\":\"YES\",\"type\":\"REDNESS_ONLY\",\"locations\":[\"FACE\"],\"flaringNow\":\"NO\"}"));
        questions.put("answers.vitiligo.status", List.of(
                "{\"status\":\"YES\",\"spreadingLast12Months\":\"YES\",\"locations\":[\"FACE\"]}",
                "{\"status\":\"YES\",\"spreadingLast12Months\":\"NO\",\"locations\":[\"FACE\"]}"));
        questions.put("answers.coldSores.status", List.of(
                "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"YES\"}",
                "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}"));
        questions.put("answers.autoimmune.status", List.of(
                "{\"status\":\"YES\",\"kinds\":[\"SCLERODERMA\"],\"flaringNow\":\"YES\"}",
                "{\"status\":\"YES\",\"kinds\":[\"SLE\"],\"flaringNow\":\"NO\"}",
                "{\"status\":\"YES\",\"kinds\":[\"RHEUMATOID_ARTHRITIS\"],\"flaringNow\":\"NO\"}"));
        questions.put("answers.allergies.status", List.of(
                "{\"status\":\"YES\",\"kinds\":[\"LOCAL_ANESTHETIC\",\"NICKEL_STAINLESS_STEEL\",\"GOLD\","
                        + "\"SKINCARE_INGREDIENT\",\"ASPIRIN_SALICYLATE\",\"BOTULINUM_TOXIN\","
                        + "\"SEVERE_ALLERGY_OR_ANAPHYLAXIS\",\"OTHER\"]}",
                "{\"status\":\"YES\",\"kinds\":[\"OTHER\"]}"));
        return Arbitraries.of(new ArrayList<>(questions.entrySet()));
    }

    private static ScreeningDecision screen(ScreeningService service, Intake intake) {
        try {
            return service.screen(intake.request(), Language.EN, false, AlternativesMode.ALWAYS);
        } catch (InvalidRequestException e) {
            // A combination of clinical cases can make an answer invalid for this date (for example a
            // procedure dated after the planned day); such intakes are not valid intakes: skip them.
            Assume.that(false);
            throw e;
        }
    }

    private static Intake copy(Intake intake) {
        return intake.copy();
    }
}
