package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.LocalizedText;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalog treatment and what it does with every rule: {@code rules} holds the rules that can change
 * its decision, {@code noEffects} the rules (or findings of a rule) that the policy states have none.
 *
 * @param requestable whether an intake screens it fully, so a caller may ask for it
 * @param offered whether the clinic offers it (only offered treatments are suggested)
 * @param suggestedOnlyFor when not empty, suggested as an alternative only for these goals
 * @param sessionInterval the session-interval parameter in force, for the next session's date with the same
 *     calendar arithmetic as the next-session instruction (the guidance serves it in days); null without guidance
 */
public record Treatment(String code, LocalizedText name, LocalizedText description, boolean requestable,
        boolean offered, String atLeastAsCautiousAs, Map<Goal, GoalStrength> goals, Set<Goal> suggestedOnlyFor,
        List<Instruction> instructions, SessionGuidance sessionGuidance, Period sessionInterval, List<Rule> rules,
        List<NoEffect> noEffects) {}
