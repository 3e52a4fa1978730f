package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q24: rosacea type, where, and whether it is flaring now. */
public record Rosacea(
        @Schema(description = "Has rosacea.") YesNoUnsure status,
        @Schema(description = "Type; required when YES.") Type type,
        @Schema(description = "Where; required when YES.") List<@NotNull(message = "field.not-null") BodyLocation> locations,
        @Schema(description = "Flaring now; required when YES.") YesNoUnsure flaringNow) {
    @Schema(name = "RosaceaType")
    public enum Type { REDNESS_ONLY, BUMPS_PUSTULES, THICKENING }
}
