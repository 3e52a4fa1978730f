package com.clinicscreen.screening.api;

import java.util.List;

/** Q25: vitiligo, where, and whether it spread in the last 12 months. */
public record Vitiligo(YesNoUnsure status, List<BodyLocation> locations, YesNoUnsure spreadingLast12Months) {}
