package com.clinicscreen.screening.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q19: a skin infection in the treatment area now. */
public record SkinInfection(YesNoUnsure status, List<Kind> kinds) {
    @Schema(name = "SkinInfectionKind")
    public enum Kind { BACTERIAL, FUNGAL, VIRAL, WARTS_MOLLUSCUM }
}
