package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
/** What a reason says: card summary (at most 140 characters), patient text, clinician detail, and what resolves it. */
public record ReasonTexts(LocalizedText summary, LocalizedText patient, LocalizedText clinician,
        LocalizedText resolve) {}
