package com.clinicscreen.screening.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q28: procedures done in the treatment area, each with its date (approximate dates are fine). */
public record RecentProcedures(YesNo status, List<Procedure> procedures) {

    @Schema(name = "Procedure")
    public record Procedure(Type type, LocalDate date) {}

    @Schema(name = "ProcedureType")
    public enum Type {
        PEEL_SUPERFICIAL, PEEL_MEDIUM, PEEL_DEEP, DERMABRASION, LASER_ABLATIVE, LASER_NONABLATIVE, IPL,
        RF_OR_ULTRASOUND_DEVICE, MICRODERMABRASION_DERMAPLANING_HYDRAFACIAL, MICRONEEDLING,
        WAXING_THREADING_DEPILATORY_ELECTROLYSIS, NEUROTOXIN, FILLER_HA, FILLER_BIOSTIMULATOR, FILLER_PERMANENT,
        THREAD_LIFT_PDO, THREAD_LIFT_GOLD, FACIAL_SURGERY
    }
}
