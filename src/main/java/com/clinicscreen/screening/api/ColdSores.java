package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q18: cold sores (herpes simplex): ever, where, active or tingling now. */
public record ColdSores(
        @Schema(description = "Ever had cold sores (herpes simplex).") YesNoUnsure status,
        @Schema(description = "Where they usually appear; required when YES. Only sites the patient wants treated fire the in-area rules.") List<@NotNull(message = "field.not-null") BodyLocation> locations,
        @Schema(description = "A cold sore or tingling right now; required when YES.") YesNoUnsure activeNow) {}
