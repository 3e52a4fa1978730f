package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer to a safety question. UNSURE is a valid answer and is screened as a possible "yes". */
@Schema(description = "YES, NO or UNSURE. UNSURE (\"not sure\", \"don't know\") is a valid answer: it is screened as a "
        + "possible YES, so the rule fires cautiously (deferral or clinician review), but an UNSURE answer alone never "
        + "makes a patient NOT_ELIGIBLE; it routes to a clinician instead.")
public enum YesNoUnsure { YES, NO, UNSURE }
