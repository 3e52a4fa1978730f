package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/** Q07: oral isotretinoin (Accutane, Absorica, Claravis, Amnesteem, Roaccutane...). */
public record Isotretinoin(Status status, LocalDate firstDoseDate, LocalDate lastDoseDate) {
    @Schema(name = "IsotretinoinStatus")
    public enum Status { NEVER, CURRENT, PAST, UNSURE }
}
