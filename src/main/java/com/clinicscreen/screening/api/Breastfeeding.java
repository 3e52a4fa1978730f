package com.clinicscreen.screening.api;

import java.time.LocalDate;

/** Q06: breastfeeding now; the planned end when known. */
public record Breastfeeding(YesNoUnsure status, LocalDate plannedEndDate) {}
