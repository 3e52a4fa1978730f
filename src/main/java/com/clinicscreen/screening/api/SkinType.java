package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Q33: Fitzpatrick skin type and a history of dark marks after injury (PIH) or melasma. */
public record SkinType(
        @Schema(description = "Fitzpatrick skin type I–VI, or UNSURE (screened as IV–VI).") Fitzpatrick fitzpatrick,
        @Schema(description = "Dark marks after injury (PIH) or melasma before.") YesNoUnsure pigmentationHistory) {
    @Schema(name = "FitzpatrickType")
    public enum Fitzpatrick { I, II, III, IV, V, VI, UNSURE }
}
