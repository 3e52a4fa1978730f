package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import java.time.Period;
import java.util.List;

/**
 * A preparation, day-of or aftercare instruction; days are relative to the treatment day. {@code from} and
 * {@code to} are the same window as periods: a window set by a parameter in months stays calendar-exact in
 * the dates, while {@code fromDay}/{@code toDay} give its length in days from a fixed start. The text is
 * rendered with the parameters in force.
 */
public record Instruction(String code, Phase phase, Audience audience, Integer fromDay, Integer toDay, Period from,
        Period to, LocalizedText text, List<SourceRef> sources) {

    public enum Phase { BEFORE, DAY_OF, AFTER }

    public enum Audience { PATIENT, CLINICIAN }
}
