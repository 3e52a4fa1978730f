package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Q32: metal (plates, screws, gold threads, implants) and tattoo or permanent make-up in the area. */
public record MetalOrTattooInArea(
        @Schema(description = "Metal in the area (plates, screws, gold threads, implants); required for RF microneedling, not asked otherwise.") YesNoUnsure metalInArea,
        @Schema(description = "Tattoo or permanent make-up in the area.") YesNoUnsure tattooOrPermanentMakeup) {}
