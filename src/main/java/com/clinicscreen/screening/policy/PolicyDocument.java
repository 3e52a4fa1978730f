package com.clinicscreen.screening.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The policy file as written (YAML). {@link PolicyCompiler} checks it and turns it into a {@link Policy}.
 * Unknown keys are rejected when the file is read.
 */
public record PolicyDocument(
        Info policy,
        Parameters parameters,
        Uncertainty uncertainty,
        Map<String, Source> sources,
        Map<String, ReasonText> reasons,
        Map<String, InstructionDef> instructions,
        List<TreatmentDef> treatments) {

    /** Identity of the policy, reported with every decision. */
    public record Info(String id, String version, String title) {}

    /** Numeric thresholds the reference leaves to the clinic. */
    public record Parameters(BigDecimal hba1cUncontrolledAtOrAbove) {}

    /** What the patient and clinician are told when a reason rests on an uncertain answer. */
    public record Uncertainty(LocalizedText unsure, LocalizedText notAsked) {}

    /** A reference source (reference §0 ids such as S8 or C4). */
    public record Source(String label, String url) {}

    /** Texts for a reason. {@code resolve} says what must happen first, for deferrals until resolved. */
    public record ReasonText(LocalizedText summary, LocalizedText patient, LocalizedText clinician,
            LocalizedText resolve) {}

    /** A preparation or aftercare instruction; days are relative to the treatment day (negative = before). */
    public record InstructionDef(String phase, String audience, Integer fromDay, Integer toDay, LocalizedText text,
            List<String> sources) {}

    /** A catalog treatment: its goals, rules, instructions and (for microneedling) session guidance. */
    public record TreatmentDef(String code, LocalizedText name, LocalizedText description, String extendsTreatment,
            Map<String, String> goals, List<String> instructions, SessionGuidanceDef sessionGuidance,
            List<RuleDef> rules) {}

    /** Needle depth in millimetres per treatment area, and the minimum days between sessions. */
    public record SessionGuidanceDef(Map<String, DepthDef> needleDepthMm, Integer minimumIntervalDays,
            Integer hardFloorIntervalDays, LocalizedText sessions, LocalizedText notes) {}

    public record DepthDef(BigDecimal min, BigDecimal max) {}

    /** A rule: a reference code with the cases that make it fire; the first case that matches applies. */
    public record RuleDef(String code, String category, String ref, List<String> sources, List<CaseDef> cases,
            ReasonText text) {}

    /**
     * One way a rule fires: a finding, the outcome, and for dated findings the window (ISO-8601 periods
     * after the finding's date) in which it applies. For DEFER_UNTIL_DATE the window end is the date
     * from which the patient may be treated; {@code notBefore} adds a date to a deferral until resolved.
     */
    public record CaseDef(String finding, String outcome, String from, String until, String notBefore,
            List<String> instructions, ReasonText text) {}
}
