package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import java.time.Period;
import java.util.List;

/**
 * One way a rule fires for a treatment. For dated findings the case applies from {@code date + from}
 * (inclusive) to {@code date + until} (exclusive); for DEFER_UNTIL_DATE, {@code date + until} is the first
 * day the patient may be treated. {@code notBefore} gives a deferral until resolved a date it cannot end
 * before. {@code then} is what applies once a date deferral has ended (the policy also holds it as its
 * own case from that date); {@code asAlternative} replaces the outcome when the treatment is only
 * suggested. {@code clinicOverride} is set when the clinic's settings changed this case: which override,
 * what the policy said without it, and the clinic's justification.
 */
public record RuleCase(FindingCode finding, Outcome outcome, Period from, Period until, Period notBefore,
        Outcome then, Outcome asAlternative, List<Instruction> instructions, ReasonTexts texts,
        AppliedOverride clinicOverride) {

    /** The outcome this case applies, as the requested treatment or as a suggested alternative. */
    public Outcome outcomeFor(boolean asSuggestedAlternative) {
        return asSuggestedAlternative && asAlternative != null ? asAlternative : outcome;
    }
}
