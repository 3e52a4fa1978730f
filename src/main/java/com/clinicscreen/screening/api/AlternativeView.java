package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.Severity;
import com.clinicscreen.screening.policy.GoalStrength;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A treatment that addresses at least one of the patient's goals and that this patient may have,
 * screened with the same answers against its own contraindications.
 */
public record AlternativeView(String code, String name, DecisionStatus status, boolean requiresClinicianReview,
        List<GoalCoverage> goalsCovered, String why, List<AlternativeReason> reasons) {

    @Schema(name = "GoalCoverage")
    public record GoalCoverage(Goal goal, GoalStrength strength) {}

    @Schema(name = "AlternativeReason")
    public record AlternativeReason(String code, Outcome outcome, Severity severity, String summary) {}
}
