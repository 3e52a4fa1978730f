package com.clinicscreen.screening.api;

import java.util.List;

/** Q18: cold sores (herpes simplex): ever, where, active or tingling now. */
public record ColdSores(YesNoUnsure status, List<BodyLocation> locations, YesNoUnsure activeNow) {}
