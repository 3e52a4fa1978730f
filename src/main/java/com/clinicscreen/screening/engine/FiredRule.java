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

    /** Orders two matches of one rule: the more restrictive outcome, then the later date, wins. */
    public boolean isMoreRestrictiveThan(FiredRule other) {
        if (outcome != other.outcome) {
            return outcome.ordinal() < other.outcome.ordinal();
        }
        return date != null && (other.date == null || date.isAfter(other.date));
    }
}
