package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q06: breastfeeding now; the planned end when known. */
public record Breastfeeding(
        @Schema(description = "Breastfeeding now.") YesNoUnsure status,
        @Schema(description = "Planned end of breastfeeding (YYYY-MM-DD), if known; not in the past.") LocalDate plannedEndDate) {}
