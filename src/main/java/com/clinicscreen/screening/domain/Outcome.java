package com.clinicscreen.screening.domain;

/** What a fired rule means for a treatment (reference "outcome classes"), most severe first. */
public enum Outcome {
    NOT_ELIGIBLE(DecisionStatus.NOT_ELIGIBLE, Severity.CRITICAL),
    // A deferral is a warning, as on the cards (EHR integration reference: deferred or review -> warning):
    // the patient can be treated later, unlike a critical "not eligible".
    DEFER_UNTIL_DATE(DecisionStatus.DEFERRED, Severity.WARNING),
    DEFER_UNTIL_RESOLVED(DecisionStatus.DEFERRED, Severity.WARNING),
    CLINICIAN_REVIEW(DecisionStatus.CLINICIAN_REVIEW, Severity.WARNING),
    ELIGIBLE_WITH_PRECAUTIONS(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, Severity.INFO);

    private final DecisionStatus status;
    private final Severity severity;

    Outcome(DecisionStatus status, Severity severity) {
        this.status = status;
        this.severity = severity;
    }

    public DecisionStatus status() {
        return status;
    }

    public Severity severity() {
        return severity;
    }
}
