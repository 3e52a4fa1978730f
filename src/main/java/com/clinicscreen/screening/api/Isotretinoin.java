package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q07: oral isotretinoin (Accutane, Absorica, Claravis, Amnesteem, Roaccutane...). */
public record Isotretinoin(
        @Schema(description = "Oral isotretinoin: NEVER, CURRENT (taking it now), PAST (stopped; give lastDoseDate) or UNSURE.") Status status,
        @Schema(description = "First dose (YYYY-MM-DD), if known.") LocalDate firstDoseDate,
        @Schema(description = "Last dose (YYYY-MM-DD); required when PAST; the washout counts calendar months from it.") LocalDate lastDoseDate) {
    @Schema(name = "IsotretinoinStatus")
    public enum Status { NEVER, CURRENT, PAST, UNSURE }
}
