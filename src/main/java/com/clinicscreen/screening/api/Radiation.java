package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/** Q14: radiation therapy to the area to be treated and when it was completed. */
public record Radiation(Status status, LocalDate completedDate) {
    @Schema(name = "RadiationStatus")
    public enum Status { NONE, ONGOING, COMPLETED, UNSURE }
}
