package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.policy.Rule;
import com.clinicscreen.screening.policy.RuleCase;
import java.time.LocalDate;

/**
 * A rule that fired: the case and finding it fired on, the outcome applied (after allowing for an
 * uncertain finding), and the date it contributes: the first day of treatment for a date deferral, or
 * the day a deferral until resolved cannot end before.
 */
public record FiredRule(Rule rule, RuleCase ruleCase, Finding finding, Outcome outcome, LocalDate date) {

    /**
     * Orders two matches of one rule: the more restrictive outcome, then the later date, wins. A deferral
     * until something resolves outranks a deferral to a date: the date alone would make the patient
     * bookable while the resolution is still outstanding.
     */
    public boolean isMoreRestrictiveThan(FiredRule other) {
        if (outcome != other.outcome) {
            return rank(outcome) < rank(other.outcome);
        }
        return date != null && (other.date == null || date.isAfter(other.date));
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case DEFER_UNTIL_RESOLVED -> Outcome.DEFER_UNTIL_DATE.ordinal();
            case DEFER_UNTIL_DATE -> Outcome.DEFER_UNTIL_RESOLVED.ordinal();
            default -> outcome.ordinal();
        };
    }
}
