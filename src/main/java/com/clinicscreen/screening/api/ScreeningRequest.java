package com.clinicscreen.screening.api;

import java.time.LocalDate;

/**
 * A screening request: which catalog treatment to screen for (microneedling when absent), the planned
 * treatment date (the evaluation date; today in the clinic's time zone when absent) and the answers.
 */
public record ScreeningRequest(String treatment, LocalDate plannedTreatmentDate, IntakeAnswers answers) {}
