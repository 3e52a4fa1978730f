package com.clinicscreen.screening.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q24: rosacea type, where, and whether it is flaring now. */
public record Rosacea(YesNoUnsure status, Type type, List<BodyLocation> locations, YesNoUnsure flaringNow) {
    @Schema(name = "RosaceaType")
    public enum Type { REDNESS_ONLY, BUMPS_PUSTULES, THICKENING }
}
