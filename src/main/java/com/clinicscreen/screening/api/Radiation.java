package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q14: radiation therapy to the area to be treated and when it was completed. */
public record Radiation(
        @Schema(description = "Radiation therapy to the area: NONE, ONGOING, COMPLETED or UNSURE.") Status status,
        @Schema(description = "When it was completed (YYYY-MM-DD); required when COMPLETED.") LocalDate completedDate) {
    @Schema(name = "RadiationStatus")
    public enum Status { NONE, ONGOING, COMPLETED, UNSURE }
}
