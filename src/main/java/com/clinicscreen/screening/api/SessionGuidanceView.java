package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.TreatmentArea;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Needle depth for the requested areas (mm) and session spacing (days). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionGuidanceView(
        @Schema(description = "Needle depth range per requested area, in millimetres.") List<NeedleDepth> needleDepth,
        @Schema(description = "Standard minimum days between sessions.") int minimumIntervalDays,
        @Schema(description = "Days between sessions that a clinician may shorten to, never below.") int hardFloorIntervalDays,
        @Schema(description = "Earliest next session (YYYY-MM-DD), when the treatment day is known.") LocalDate nextSessionNotBefore,
        @Schema(description = "Course of sessions and expected results.") String sessions,
        @Schema(description = "Depth caveats.") String notes) {

    @Schema(name = "NeedleDepth")
    public record NeedleDepth(@Schema(description = "The treatment area.") TreatmentArea area, @Schema(description = "Millimetres.") BigDecimal minMm,
            @Schema(description = "Millimetres.") BigDecimal maxMm) {}
}
