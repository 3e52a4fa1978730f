package com.clinicscreen.screening.api;

import java.time.LocalDate;

/** Q05: pregnant or could be; the due date when known. */
public record Pregnancy(YesNoUnsure status, LocalDate dueDate) {}
