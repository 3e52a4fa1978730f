package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q19: a skin infection in the treatment area now. */
public record SkinInfection(
        @Schema(description = "A skin infection in the treatment area now.") YesNoUnsure status,
        @Schema(description = "Which kinds; required when YES.") List<@NotNull(message = "field.not-null") Kind> kinds) {
    @Schema(name = "SkinInfectionKind")
    public enum Kind { BACTERIAL, FUNGAL, VIRAL, WARTS_MOLLUSCUM }
}
