package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q16: autoimmune or connective-tissue disease and whether it is flaring. */
public record Autoimmune(
        @Schema(description = "Has an autoimmune or connective-tissue disease.") YesNoUnsure status,
        @Schema(description = "Which; required when YES.") List<@NotNull(message = "field.not-null") Kind> kinds,
        @Schema(description = "Flaring now; required when YES.") YesNoUnsure flaringNow) {
    @Schema(name = "AutoimmuneKind")
    public enum Kind { SLE, DISCOID_LUPUS, SCLERODERMA, MORPHEA, DERMATOMYOSITIS, RHEUMATOID_ARTHRITIS, OTHER }
}
