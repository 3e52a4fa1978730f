package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.policy.Treatment;
import java.util.List;

/** The result of screening one treatment: its status, the rules that fired, and (explain mode) every rule's trace. */
public record TreatmentScreening(Treatment treatment, DecisionStatus status, List<FiredRule> fired,
        List<RuleTrace> traces) {}
