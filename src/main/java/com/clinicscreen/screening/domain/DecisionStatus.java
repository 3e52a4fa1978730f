package com.clinicscreen.screening.domain;

/** Decision status; declared from highest to lowest precedence (the highest of all reasons wins). */
public enum DecisionStatus {
    NOT_ELIGIBLE, DEFERRED, CLINICIAN_REVIEW, ELIGIBLE_WITH_PRECAUTIONS, ELIGIBLE;

    public DecisionStatus strongest(DecisionStatus other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The patient may be booked for the evaluation date without anyone deciding first. */
    public boolean isEligible() {
        return this == ELIGIBLE || this == ELIGIBLE_WITH_PRECAUTIONS;
    }
}
