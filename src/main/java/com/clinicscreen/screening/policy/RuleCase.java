package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import java.time.Period;
import java.util.List;

/**
 * One way a rule fires. For dated findings the case applies from {@code date + from} (inclusive) to
 * {@code date + until} (exclusive); for DEFER_UNTIL_DATE, {@code date + until} is the first day the
 * patient may be treated. {@code notBefore} gives a deferral until resolved a date it cannot end before.
 */
public record RuleCase(FindingCode finding, Outcome outcome, Period from, Period until, Period notBefore,
        List<Instruction> instructions, ReasonTexts texts) {}
