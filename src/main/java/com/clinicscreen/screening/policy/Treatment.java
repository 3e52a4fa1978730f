package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.LocalizedText;
import java.time.Period;
import java.util.Collection;
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
 * @param prescription whether a prescriber sets it (a regimen), so it is suggested to staff, never to the patient
 * @param descriptionVariants descriptions that replace {@code description} when one of their rules fired, first
 *     match wins
 * @param sessionInterval the session-interval parameter in force, for the next session's date with the same
 *     calendar arithmetic as the next-session instruction (the guidance serves it in days); null without guidance
 */
public record Treatment(String code, LocalizedText name, LocalizedText description,
        List<DescriptionVariant> descriptionVariants, boolean prescription, boolean requestable, boolean offered, String atLeastAsCautiousAs, Map<Goal, GoalStrength> goals, Set<Goal> suggestedOnlyFor,
        List<Instruction> instructions, SessionGuidance sessionGuidance, Period sessionInterval, List<Rule> rules,
        List<NoEffect> noEffects) {

    /** A description for a patient for whom one of {@code rules} fired: it leaves out what they must not use. */
    public record DescriptionVariant(Set<String> rules, LocalizedText text) {}

    /** The description for a screening in which these rules fired: the first variant naming one of them, or its own. */
    public LocalizedText descriptionFor(Collection<String> firedRules) {
        for (DescriptionVariant variant : descriptionVariants) {
            for (String rule : firedRules) {
                if (variant.rules().contains(rule)) {
                    return variant.text();
                }
            }
        }
        return description;
    }
}
