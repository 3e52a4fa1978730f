package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q07: oral isotretinoin (Accutane, Absorica, Claravis, Amnesteem, Roaccutane...). */
public record Isotretinoin(Status status, LocalDate firstDoseDate, LocalDate lastDoseDate) {
    @Schema(name = "IsotretinoinStatus")
    public enum Status { NEVER, CURRENT, PAST, UNSURE }
}
