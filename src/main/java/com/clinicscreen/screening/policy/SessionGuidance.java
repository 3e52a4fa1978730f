package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.TreatmentArea;
import java.math.BigDecimal;
import java.util.Map;

/** Needle depth per area (mm) and session spacing (reference §2). */
public record SessionGuidance(Map<TreatmentArea, DepthRange> needleDepthMm, int minimumIntervalDays,
        int hardFloorIntervalDays, LocalizedText sessions, LocalizedText notes) {

    public record DepthRange(BigDecimal min, BigDecimal max) {}
}
