package com.clinicscreen.screening.api;

import java.util.List;

/** Q22/Q23: eczema or psoriasis, where on the body, and whether it is flaring now. */
public record SkinCondition(YesNoUnsure status, List<BodyLocation> locations, YesNoUnsure flaringNow) {}
