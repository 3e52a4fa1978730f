package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Needle depth per area (mm) and session spacing (reference §2). {@code minimumInterval} is the parameter in
 * force, so the next session's date and the next-session instruction are the same calendar arithmetic.
 */
public record SessionGuidance(Map<TreatmentArea, DepthRange> needleDepthMm,
        // Served as minimumIntervalDays; the period is for the date arithmetic only.
        @JsonIgnore @Schema(hidden = true) Period minimumInterval,
        int minimumIntervalDays, int hardFloorIntervalDays, LocalizedText sessions, LocalizedText notes) {

    public record DepthRange(BigDecimal min, BigDecimal max) {}
}
