package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.service.ScreeningService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One source for every number a patient reads: each parameter set to its minimum and to its maximum in a clinic
 * settings file, and every text and date of a decision that involves it states the value in force, in both
 * languages; and a text that types such a number is refused when the policy is compiled.
 */
class ParameterTextsTest {

    // A year after the tests' "today": a "before" window of the longest parameter (12 months) has not begun
    // yet, so it is dated in full rather than from today.
    private static final LocalDate TREATMENT_DAY = TestScreening.TODAY.plusYears(1);

    /** The instructions whose window and text a parameter decides: before the treatment, or the day after which. */
    private static final Map<String, List<String>> BEFORE = Map.of(
            "TOPICAL_RETINOID_AHA_BHA_STOP", List.of("STOP_TOPICAL_RETINOIDS", "STOP_EXFOLIANTS_ACTIVES"),
            "SUN_TAN_SELF_TAN", List.of("AVOID_SUN_TAN"),
            "WAX_DEPILATORY", List.of("NO_HAIR_REMOVAL_BEFORE"),
            "NONABLATIVE_LASER_IPL_RF", List.of("NO_LASER_IPL_RF_BEFORE"),
            "SUPERFICIAL_PEEL_BEFORE_MN", List.of("NO_PEEL_BEFORE"),
            "NEUROTOXIN_BEFORE_MN", List.of("NO_NEUROTOXIN_BEFORE"),
            "HA_FILLER_BEFORE_MN", List.of("NO_FILLER_BEFORE"));

    @TempDir
    Path dir;

    @Test
    void everyParameterAtItsMinimumAndMaximumIsWhatTheDecisionSaysAndDates() throws IOException {
        Policy defaults = TestScreening.policyProvider().policy();
        for (Parameter parameter : defaults.parameters().values()) {
            for (String value : List.of(parameter.min(), parameter.max())) {
                String settings = "clinic:\n  id: extremes\n  name: Extremes\nparameters:\n  " + parameter.name() + ": "
                        + value + "\n";
                ScreeningService service = TestScreening.service(TestScreening.config(Optional.empty(),
                        Optional.of(settingsFile(settings).toString())));
                Parameter inForce = load(settings).parameters().get(parameter.name());
                assertEquals(value, inForce.value());
                for (Language language : Language.values()) {
                    check(service, inForce, language, parameter.name() + "=" + value + " " + language);
                }
            }
        }
    }

    private static void check(ScreeningService service, Parameter p, Language language, String what) {
        String stated = TextPlaceholders.value(p, language);
        String name = p.name();
        if (BEFORE.containsKey(name)) {
            ScreeningDecision decision = service.screen(onTreatmentDay().request(), language, false);
            for (String code : BEFORE.get(name)) {
                InstructionView instruction = instruction(decision.preparation(), code, what);
                assertTrue(instruction.text().contains(" " + stated + " "), what + ": " + instruction.text());
                assertEquals(TREATMENT_DAY.minus(p.period()), instruction.startDate(), what + " " + code);
                assertEquals(TREATMENT_DAY, instruction.endDate(), what + " " + code);
            }
        } else if (name.equals("MIN_INTERVAL_PREVIOUS_MN")) {
            ScreeningDecision decision = service.screen(onTreatmentDay().request(), language, false);
            InstructionView next = instruction(decision.aftercare(), "NEXT_SESSION_INTERVAL", what);
            assertTrue(next.text().contains(" " + stated + " "), what + ": " + next.text());
            assertEquals(TREATMENT_DAY.plus(p.period()), next.startDate(), what);
            assertEquals(next.startDate(), decision.sessionGuidance().nextSessionNotBefore(), what);
            assertEquals((int) next.fromDay(), decision.sessionGuidance().minimumIntervalDays(), what);
        } else if (name.equals("FACE_MAX_DEPTH")) {
            ScreeningDecision decision = service.screen(Intake.healthy().request(), language, false);
            assertEquals(0, p.number().compareTo(decision.sessionGuidance().needleDepth().get(0).maxMm()), what);
            assertTrue(decision.sessionGuidance().notes().contains(" " + stated + " mm "), what + ": "
                    + decision.sessionGuidance().notes());
        } else if (name.equals("AGE_MINIMUM") || name.equals("AGE_DEVICE_LABEL")) {
            Policy policy = TestScreening.policyProvider().policy();
            int minimum = name.equals("AGE_MINIMUM") ? p.period().getYears()
                    : policy.parameters().get("AGE_MINIMUM").period().getYears();
            int label = name.equals("AGE_DEVICE_LABEL") ? p.period().getYears()
                    : policy.parameters().get("AGE_DEVICE_LABEL").period().getYears();
            // A year under the minimum age: the minimum age in every text of its reason.
            ReasonView under = reason(service, minimum - 1, "AGE_UNDER_18", language, what);
            for (String text : List.of(under.summary(), under.patientText())) {
                assertTrue(text.contains(" " + minimum), what + ": " + text);
            }
            assertTrue(!under.patientText().contains("adult") || minimum == 18, what + ": " + under.patientText());
            if (minimum < label) {
                // In the off-label band: both ages where the text states them.
                ReasonView band = reason(service, label - 1, "AGE_18_21_OFF_LABEL", language, what);
                assertTrue(band.summary().contains(" " + minimum + " ") && band.summary().contains(" " + label),
                        what + ": " + band.summary());
                assertTrue(band.patientText().contains(" " + label), what + ": " + band.patientText());
                assertTrue(band.clinicianDetail().contains(" " + minimum + " ")
                        && band.clinicianDetail().contains(" " + label), what + ": " + band.clinicianDetail());
            }
            ScreeningDecision atLabel = service.screen(aged(label).request(), language, false);
            assertTrue(atLabel.reasons().stream().noneMatch(r -> r.code().startsWith("AGE_")), what);
        }
    }

    @Test
    void anIntervalInMonthsDatesTheNextSessionAndItsInstructionTheSameCalendarWay() throws IOException {
        ScreeningService service = TestScreening.service(TestScreening.config(Optional.empty(), Optional.of(
                settingsFile("clinic:\n  id: months\n  name: Months\nparameters:\n  MIN_INTERVAL_PREVIOUS_MN: P1M\n")
                        .toString())));
        ScreeningDecision decision = service.screen(Intake.healthy().set("plannedTreatmentDate", "2027-02-01")
                .request(), Language.ES, false);
        InstructionView next = instruction(decision.aftercare(), "NEXT_SESSION_INTERVAL", "P1M");
        assertEquals(LocalDate.of(2027, 3, 1), next.startDate(), "February has 28 days");
        assertEquals(next.startDate(), decision.sessionGuidance().nextSessionNotBefore());
        assertTrue(next.text().contains("al menos 1 mes después"), next.text());
    }

    @Test
    void aTextThatTypesANumberAParameterDecidesIsRefusedNamingTheTextAndTheNumber() throws IOException {
        String policy = defaultPolicy();
        assertRefused(policy.replace("in the treatment area in the {NEUROTOXIN_BEFORE_MN} before",
                "in the treatment area in the 2 weeks before"),
                "instructions.NO_NEUROTOXIN_BEFORE.text.en: states \"2 weeks\", which the parameter NEUROTOXIN_BEFORE_MN");
        assertRefused(policy.replace("en la zona {TOPICAL_RETINOID_AHA_BHA_STOP} antes de su tratamiento.\"\n    sources: [C3",
                "en la zona 7 días antes de su tratamiento.\"\n    sources: [C3"),
                "instructions.STOP_TOPICAL_RETINOIDS.text.es: states \"7 días\"");
        assertRefused(policy.replace("This treatment is offered from age {AGE_MINIMUM:number}.",
                "This treatment is offered from age 18."),
                "rules.AGE_UNDER_18.text.patient.en: states \"18\"");
        assertRefused(policy.replace("\"Depth above {FACE_MAX_DEPTH} mm", "\"Depth above 1.5 mm"),
                ".sessionGuidance.notes.en: states \"1.5\"");
        assertRefused(policy.replace("This treatment is offered from age {AGE_MINIMUM:number}.",
                "This treatment is offered from age {=18}."),
                "rules.AGE_UNDER_18.text.patient.en: '{=18}': a cited literal is allowed in clinician texts only");
        assertRefused(policy.replace("{WAX_DEPILATORY} before your treatment", "{WAX_DEPILATION} before your treatment"),
                "instructions.NO_HAIR_REMOVAL_BEFORE.text.en: '{WAX_DEPILATION}' names no parameter");
    }

    @Test
    void noParameterTextIsRenderedPerRequest() {
        // The compiled policy holds finished texts: nothing left for a request to format.
        Policy policy = TestScreening.policyProvider().policy();
        List<String> texts = new ArrayList<>();
        policy.treatments().values().forEach(t -> {
            t.instructions().forEach(i -> texts.addAll(List.of(i.text().en(), i.text().es())));
            t.rules().forEach(r -> r.cases().forEach(c -> {
                texts.addAll(List.of(c.texts().summary().en(), c.texts().patient().es(), c.texts().clinician().en()));
                c.instructions().forEach(i -> texts.addAll(List.of(i.text().en(), i.text().es())));
            }));
            if (t.sessionGuidance() != null) {
                texts.addAll(List.of(t.sessionGuidance().notes().en(), t.sessionGuidance().notes().es()));
            }
        });
        texts.forEach(text -> assertTrue(text.indexOf('{') < 0, text));
        Instruction next = policy.treatments().get("MN").instructions().stream()
                .filter(i -> i.code().equals("NEXT_SESSION_INTERVAL")).findFirst().orElseThrow();
        assertEquals(Period.ofDays(28), next.from());
        assertTrue(next.text().en().contains("no sooner than 4 weeks after"), next.text().en());
    }

    private static InstructionView instruction(List<InstructionView> list, String code, String what) {
        return list.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no " + code));
    }

    private static ReasonView reason(ScreeningService service, int age, String code, Language language, String what) {
        ScreeningDecision decision = service.screen(aged(age).request(), language, false);
        ReasonView reason = decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        assertNotNull(reason, what + ": aged " + age + " gives " + decision.reasons().stream().map(ReasonView::code)
                .toList());
        return reason;
    }

    private static Intake onTreatmentDay() {
        return Intake.healthy().set("plannedTreatmentDate", TREATMENT_DAY.toString());
    }

    /** Born so that the patient is {@code age} both today and on the treatment day. */
    private static Intake aged(int age) {
        return Intake.healthy().set("answers.dateOfBirth", LocalDate.of(2026, 9, 1).minusYears(age).toString());
    }

    private void assertRefused(String policy, String expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyLoader.load(
                new PolicyLoader.Input(policy.getBytes(StandardCharsets.UTF_8), "policy.yaml"), null));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in:\n" + e.getMessage());
    }

    private static String defaultPolicy() throws IOException {
        try (InputStream in = ParameterTextsTest.class.getClassLoader()
                .getResourceAsStream(PolicyLoader.DEFAULT_POLICY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Policy load(String settings) {
        return PolicyLoader.load(PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE),
                new PolicyLoader.Input(settings.getBytes(StandardCharsets.UTF_8), "clinic-settings.yaml"));
    }

    private Path settingsFile(String settings) throws IOException {
        Path file = dir.resolve("clinic-settings-" + Integer.toHexString(settings.hashCode()) + ".yaml");
        Files.writeString(file, settings);
        return file;
    }
}
