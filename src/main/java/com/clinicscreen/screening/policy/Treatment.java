package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.api.Goal;
import java.util.List;
import java.util.Map;

/**
 * A catalog treatment with its own rules plus those of the treatment it extends (RF and PRP
 * microneedling extend plain microneedling, so they can never rescue a patient it excludes).
 */
public record Treatment(String code, LocalizedText name, LocalizedText description, String extendsTreatment,
        Map<Goal, GoalStrength> goals, List<Instruction> instructions, SessionGuidance sessionGuidance,
        List<Rule> rules) {}
