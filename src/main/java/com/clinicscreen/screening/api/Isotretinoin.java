package com.clinicscreen.screening.api;

import java.time.LocalDate;

/** Q07: oral isotretinoin (Accutane, Absorica, Claravis, Amnesteem, Roaccutane...). */
public record Isotretinoin(Status status, LocalDate firstDoseDate, LocalDate lastDoseDate) {
    public enum Status { NEVER, CURRENT, PAST, UNSURE }
}
