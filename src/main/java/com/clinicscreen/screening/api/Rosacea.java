package com.clinicscreen.screening.api;

import java.util.List;

/** Q24: rosacea type, where, and whether it is flaring now. */
public record Rosacea(YesNoUnsure status, Type type, List<BodyLocation> locations, YesNoUnsure flaringNow) {
    public enum Type { REDNESS_ONLY, BUMPS_PUSTULES, THICKENING }
}
