package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.policy.GoalStrength;
import com.clinicscreen.screening.policy.LocalizedText;
import com.clinicscreen.screening.policy.SessionGuidance;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The policy the service screens with, for review by QA and clinicians: the catalog, each treatment's
 * rules (codes, categories, periods, outcomes), instructions and sources, with version and hash.
 */
public record PolicyView(String id, String version, String title, String sha256,
        BigDecimal hba1cUncontrolledAtOrAbove, List<TreatmentView> treatments, List<InstructionEntry> instructions) {

    @Schema(name = "PolicyTreatment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TreatmentView(String code, LocalizedText name, LocalizedText description, String extendsTreatment,
            Map<Goal, GoalStrength> goals, List<String> instructions, SessionGuidance sessionGuidance,
            List<RuleView> rules) {}

    @Schema(name = "PolicyRule")
    public record RuleView(String code, RuleCategory category, String ref, String definedIn, List<String> sources,
            List<CaseView> cases) {}

    @Schema(name = "PolicyRuleCase")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(FindingCode finding, Outcome outcome, String from, String until, String notBefore,
            List<String> instructions, LocalizedText summary) {}

    @Schema(name = "PolicyInstruction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstructionEntry(String code, String phase, String audience, Integer fromDay, Integer toDay,
            LocalizedText text, List<String> sources) {}
}
