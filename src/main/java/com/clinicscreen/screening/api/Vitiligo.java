package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q25: vitiligo, where, and whether it spread in the last 12 months. */
public record Vitiligo(
        @Schema(description = "Has vitiligo.") YesNoUnsure status,
        @Schema(description = "Where; required when YES.") List<@NotNull(message = "field.not-null") BodyLocation> locations,
        @Schema(description = "Spread in the last 12 months; required when YES.") YesNoUnsure spreadingLast12Months) {}
