package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import java.util.List;

/** A preparation, day-of or aftercare instruction; days are relative to the treatment day. */
public record Instruction(String code, Phase phase, Audience audience, Integer fromDay, Integer toDay,
        LocalizedText text, List<SourceRef> sources) {

    public enum Phase { BEFORE, DAY_OF, AFTER }

    public enum Audience { PATIENT, CLINICIAN }
}
