package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q13: conditions that weaken immunity. */
public record ImmuneCondition(
        @Schema(description = "Has a condition that weakens immunity.") YesNoUnsure status,
        @Schema(description = "Which conditions; required when YES.") List<@NotNull(message = "field.not-null") Kind> kinds) {
    @Schema(name = "ImmuneConditionKind")
    public enum Kind { HIV, TRANSPLANT, PRIMARY_IMMUNODEFICIENCY, OTHER }
}
