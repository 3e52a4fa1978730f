package com.clinicscreen.screening.api;

/**
 * A decision as one of its readers sees it: the full view or the patient view. The screening resource
 * returns this type rather than a {@code Response}, so that its body writer is chosen once instead of on
 * every request.
 */
public sealed interface DecisionView permits ScreeningDecision, PatientDecision {}
