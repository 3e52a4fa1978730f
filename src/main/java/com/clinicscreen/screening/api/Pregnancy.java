package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q05: pregnant or could be; the due date when known. */
public record Pregnancy(
        @Schema(description = "Pregnant or could be. UNSURE is screened as a possible pregnancy (a negative test is asked for).") YesNoUnsure status,
        @Schema(description = "Due date (YYYY-MM-DD), if known and pregnant; not in the past.") LocalDate dueDate) {}
