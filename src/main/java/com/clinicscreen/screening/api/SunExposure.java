package com.clinicscreen.screening.api;

/** Q27: sunburn now, and sun, sunbed or self-tan on the area in the last 14 days, with dates. */
public record SunExposure(DatedAnswer sunburn, DatedAnswer tanning) {}
