package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Needle depth for the requested areas (mm) and session spacing (days). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionGuidanceView(List<NeedleDepth> needleDepth, int minimumIntervalDays, int hardFloorIntervalDays,
        LocalDate nextSessionNotBefore, String sessions, String notes) {

    public record NeedleDepth(TreatmentArea area, BigDecimal minMm, BigDecimal maxMm) {}
}
