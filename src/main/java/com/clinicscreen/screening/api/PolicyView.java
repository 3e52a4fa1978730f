package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.policy.GoalStrength;
import com.clinicscreen.screening.policy.SessionGuidance;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The policy the service screens with, as in effect (the clinic's settings applied), for review by QA and
 * clinicians: provenance, parameters and toggles with where each value came from, implications, and for
 * every treatment what it does with every rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyView(
        @Schema(required = true, description = "Base policy id.") String id,
        @Schema(required = true, description = "Base policy version.") String version,
        @Schema(required = true, description = "Base policy title.") String title,
        @Schema(required = true, description = "SHA-256 (hex) of the base policy file.") String sha256,
        @Schema(description = "The clinic settings applied on top; absent when none.") ClinicView clinic,
        @Schema(required = true, description = "Reference §7 parameters in effect.") List<ParameterView> parameters,
        @Schema(required = true, description = "Reference §7 toggles in effect.") List<ToggleView> toggles,
        @Schema(required = true, description = "Findings that imply others (transitively closed).")
        Map<FindingCode, Set<FindingCode>> implications,
        @Schema(required = true, description = "The catalog in file order.") List<TreatmentView> treatments,
        @Schema(required = true, description = "Every instruction a treatment or rule refers to.")
        List<InstructionEntry> instructions) {

    @Schema(name = "PolicyClinic", description = "Clinic settings in effect.")
    public record ClinicView(
            @Schema(description = "Clinic id.") String id,
            @Schema(description = "Clinic name.") String name,
            @Schema(description = "SHA-256 (hex) of the clinic settings file.") String sha256) {}

    @Schema(name = "PolicyParameter", description = "A reference §7 parameter.")
    public record ParameterView(
            @Schema(description = "Parameter name (reference §7).") String name,
            @Schema(description = "Value in effect: an ISO-8601 period or a number.") String value,
            @Schema(description = "The policy's default.") String defaultValue,
            @Schema(description = "Lowest value a clinic may set.") String min,
            @Schema(description = "Highest value a clinic may set.") String max,
            @Schema(description = "Reference row.") String ref,
            @Schema(description = "POLICY, or CLINIC when the clinic settings set it.") String source) {}

    @Schema(name = "PolicyToggle", description = "A reference §7 toggle.")
    public record ToggleView(
            @Schema(description = "Toggle name.") String name,
            @Schema(description = "Whether it is on.") boolean on,
            @Schema(description = "The policy's default.") boolean defaultValue,
            @Schema(description = "Reference row.") String ref,
            @Schema(description = "Rule whose outcomes it raises when on.") String rule,
            @Schema(description = "Outcome the rule is raised to at least.") Outcome raisesTo,
            @Schema(description = "POLICY, or CLINIC when the clinic settings set it.") String source) {}

    @Schema(name = "PolicyTreatment", description = "A catalog treatment and what it does with every rule.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TreatmentView(
            @Schema(description = "Treatment code.") String code,
            @Schema(description = "Name.") LocalizedText name,
            @Schema(description = "Description.") LocalizedText description,
            @Schema(description = "Whether a caller may request it (an intake screens it fully).") boolean requestable,
            @Schema(description = "Whether the clinic offers it; only offered treatments are suggested.") boolean offered,
            @Schema(description = "Goals it addresses (reference §4.1).") Map<Goal, GoalStrength> goals,
            @Schema(description = "When present, suggested as an alternative only for these goals.")
            Set<Goal> suggestedOnlyFor,
            @Schema(description = "Standard instruction codes.") List<String> instructions,
            @Schema(description = "Needle depth and session spacing.") SessionGuidance sessionGuidance,
            @Schema(description = "Rules that can change its decision.") List<RuleView> rules,
            @Schema(description = "Rules (or findings of a rule) stated to have no effect, with the reason.")
            List<NoEffectView> noEffect) {}

    @Schema(name = "PolicyRule", description = "A rule as one treatment applies it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleView(
            @Schema(description = "Rule code (reference row code).") String code,
            @Schema(description = "Reference category.") RuleCategory category,
            @Schema(description = "Reference row.") String ref,
            @Schema(description = "Reference row for this treatment's outcome, when it differs.") String effectRef,
            @Schema(description = "Source ids (reference §0).") List<String> sources,
            @Schema(description = "Cases, one per finding and window.") List<CaseView> cases) {}

    @Schema(name = "PolicyRuleCase", description = "One way a rule fires for a treatment.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(
            @Schema(description = "Finding.") FindingCode finding,
            @Schema(description = "Outcome.") Outcome outcome,
            @Schema(description = "Window start after the finding's date (ISO-8601 period).") String from,
            @Schema(description = "Window end after the finding's date (ISO-8601 period).") String until,
            @Schema(description = "For a deferral until resolved, the period it cannot end before.") String notBefore,
            @Schema(description = "What applies once the date deferral has ended.") Outcome then,
            @Schema(description = "Outcome when the treatment is only suggested.") Outcome asAlternative,
            @Schema(description = "Instruction codes.") List<String> instructions,
            @Schema(description = "Reason summary.") LocalizedText summary,
            @Schema(description = "The clinic's justification when its settings changed this case.")
            String overriddenBy) {}

    @Schema(name = "PolicyNoEffect", description = "A rule stated to have no effect on a treatment.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoEffectView(
            @Schema(description = "Rule code.") String rule,
            @Schema(description = "The finding, when only one finding of the rule has no effect.") FindingCode finding,
            @Schema(description = "Reference row or [policy] reason.") String because,
            @Schema(description = "The clinic's justification when its settings made it so.") String overriddenBy) {}

    @Schema(name = "PolicyInstruction", description = "A preparation or aftercare instruction.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstructionEntry(
            @Schema(description = "Instruction code.") String code,
            @Schema(description = "BEFORE, DAY_OF or AFTER.") String phase,
            @Schema(description = "PATIENT or CLINICIAN.") String audience,
            @Schema(description = "First day relative to the treatment day.") Integer fromDay,
            @Schema(description = "Last day relative to the treatment day.") Integer toDay,
            @Schema(description = "Text.") LocalizedText text,
            @Schema(description = "Source ids.") List<String> sources) {}
}
