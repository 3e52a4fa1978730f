package com.clinicscreen.screening.engine;

/** When alternatives are screened and suggested. */
public enum AlternativesMode {
    /** Only when the requested treatment cannot simply be booked (deferred, clinician review, not eligible). */
    AUTO,
    /** Always, also for an eligible patient (an upgrade or a complement). */
    ALWAYS,
    /** Never. */
    NONE
}
