package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy file as written (YAML). {@link PolicyCompiler} checks it and turns it into a {@link Policy}.
 * Unknown keys are rejected when the file is read.
 */
public record PolicyDocument(
        Info policy,
        LinkedHashMap<String, ParameterDef> parameters,
        LinkedHashMap<String, ToggleDef> toggles,
        Uncertainty uncertainty,
        LinkedHashMap<String, List<String>> implications,
        LinkedHashMap<String, Source> sources,
        LinkedHashMap<String, InstructionDef> instructions,
        LinkedHashMap<String, RuleDef> rules,
        List<TreatmentDef> treatments) {

    /** Identity of the policy, reported with every decision. */
    public record Info(String id, String version, String title) {}

    /**
     * A reference §7 parameter: its default value and the range a clinic may set it within. Values are
     * ISO-8601 periods (P6M) or numbers, written as text so both kinds read the same way.
     */
    public record ParameterDef(String value, String min, String max, String ref) {}

    /** A reference §7 toggle: off by default unless {@code value}; when on it raises one rule's outcomes. */
    public record ToggleDef(Boolean value, String ref, Raise raise) {

        public record Raise(String rule, String to) {}
    }

    /** What the patient and clinician are told when a reason rests on an uncertain answer. */
    public record Uncertainty(LocalizedText unsure, LocalizedText notAsked) {}

    /** A reference source (reference §0 ids such as S8 or C4). */
    public record Source(String kind, String label, String url) {}

    /**
     * A preparation or aftercare instruction; days are relative to the treatment day (negative = before).
     * Instead of days, {@code before} names the period parameter the instruction covers before the treatment
     * day (its window ends on that day) and {@code after} the one after which it applies (one day), so the
     * dates and the text's {@code {NAME}} come from the same value.
     */
    public record InstructionDef(String phase, String audience, Integer fromDay, Integer toDay, String before,
            String after, LocalizedText text, List<String> sources) {}

    /**
     * A rule, written once for every treatment: its reference row, sources, texts and the findings that
     * make it fire. Each entry of {@code when} is a finding code or a {@link TriggerDef}.
     */
    public record RuleDef(String category, String ref, List<String> sources, List<JsonNode> when, ReasonText text) {}

    /**
     * A dated trigger: the window after the finding's date (a parameter name or an ISO period) in which the
     * rule fires, a date a deferral until resolved cannot end before, and how long a treatment's
     * "then" outcome lasts after the window.
     */
    public record TriggerDef(String finding, String from, String until, String notBefore, String thenUntil) {}

    /** Texts for a reason. {@code resolve} says what must happen first, for deferrals until resolved. */
    public record ReasonText(LocalizedText summary, LocalizedText patient, LocalizedText clinician,
            LocalizedText resolve) {}

    /**
     * A catalog treatment: what it is for, and what it does with every rule. Each entry of {@code effects}
     * is an outcome, an {@link EffectDef}, or a map from each of the rule's findings to one of those.
     */
    public record TreatmentDef(String code, Boolean requestable, String atLeastAsCautiousAs, Boolean prescription,
            LocalizedText name, LocalizedText description, List<DescriptionWhenDef> descriptionWhen,
            Map<String, String> goals, List<String> suggestedOnlyFor, List<String> instructions,
            SessionGuidanceDef sessionGuidance, LinkedHashMap<String, JsonNode> effects, List<NoEffectDef> noEffect) {}

    /**
     * The description a suggested treatment shows instead of its own when one of {@code rules} fired for it,
     * so that its advice never contradicts a finding of the patient ({@code because} says which part and why).
     */
    public record DescriptionWhenDef(List<String> rules, String because, LocalizedText text) {}

    /**
     * What a treatment does when a rule fires. {@code until} replaces the rule's window for this treatment;
     * {@code then} applies once a date deferral has ended; {@code asAlternative} applies when the treatment
     * is only suggested; {@code because} is required for NO_EFFECT.
     */
    public record EffectDef(String outcome, String until, String then, String asAlternative, List<String> instructions,
            String ref, String because) {}

    /** Rules that have no effect on a treatment, with the reason (a reference row or a [policy] choice). */
    public record NoEffectDef(String because, List<String> rules) {}

    /** Needle depth in millimetres per treatment area, and the parameter giving the days between sessions. */
    public record SessionGuidanceDef(Map<String, DepthDef> needleDepthMm, String minimumInterval,
            LocalizedText sessions, LocalizedText notes) {}

    /** A depth range; {@code max} is a number of millimetres or a parameter name. */
    public record DepthDef(BigDecimal min, String max) {}
}
