package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A decision as one of its readers sees it: the full view or the patient view. The screening resource
 * returns this type rather than a {@code Response}, so that its body writer is chosen once instead of on
 * every request.
 */
@Schema(description = "A decision in the view asked for: the full view (ScreeningDecision) or the patient view "
        + "(PatientDecision), told apart by `view`.", oneOf = {ScreeningDecision.class, PatientDecision.class})
public sealed interface DecisionView permits ScreeningDecision, PatientDecision {}
