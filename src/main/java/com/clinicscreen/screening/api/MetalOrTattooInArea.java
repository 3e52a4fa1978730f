package com.clinicscreen.screening.api;

/** Q32: metal (plates, screws, gold threads, implants) and tattoo or permanent make-up in the area. */
public record MetalOrTattooInArea(YesNoUnsure metalInArea, YesNoUnsure tattooOrPermanentMakeup) {}
