package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Q27: sunburn now, and sun, sunbed or self-tan on the area in the last 14 days, with dates. */
public record SunExposure(
        @Schema(description = "Sunburn on the area now, with the date of the exposure.") DatedAnswer sunburn,
        @Schema(description = "Sun tanning, sunbed or self-tanner on the area in the last 14 days, with the last date.") DatedAnswer tanning) {}
