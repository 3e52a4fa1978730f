package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q22/Q23: eczema or psoriasis, where on the body, and whether it is flaring now. */
public record SkinCondition(
        @Schema(description = "Has the condition.") YesNoUnsure status,
        @Schema(description = "Where on the body; required when YES. Only sites the patient wants treated fire the in-area rules.") List<@NotNull(message = "field.not-null") BodyLocation> locations,
        @Schema(description = "Flaring now; required when YES.") YesNoUnsure flaringNow) {}
