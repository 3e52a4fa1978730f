package com.clinicscreen.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q28: procedures done in the treatment area, each with its date (approximate dates are fine). */
public record RecentProcedures(
        @Schema(description = "Any procedure in the treatment area (no UNSURE: list what you remember; approximate dates are fine).") YesNo status,
        @Schema(description = "Each procedure with its date; required when YES.")
        @Size(max = MAX_ENTRIES, message = "field.too-many-entries")
        List<@NotNull(message = "field.not-null") @Valid Procedure> procedures) {

    /** Most procedures one intake lists (the questionnaire states it for the repeating group). */
    public static final int MAX_ENTRIES = 50;

    @Schema(name = "Procedure")
    public record Procedure(
        @Schema(description = "What was done.") Type type,
            @Schema(description = "When (YYYY-MM-DD; approximate is fine); intervals count from it.") LocalDate date) {}

    @Schema(name = "ProcedureType")
    public enum Type {
        PEEL_SUPERFICIAL, PEEL_MEDIUM, PEEL_DEEP, DERMABRASION, LASER_ABLATIVE, LASER_NONABLATIVE, IPL,
        RF_OR_ULTRASOUND_DEVICE, MICRODERMABRASION_DERMAPLANING_HYDRAFACIAL, MICRONEEDLING,
        WAXING_THREADING_DEPILATORY_ELECTROLYSIS, NEUROTOXIN, FILLER_HA, FILLER_BIOSTIMULATOR, FILLER_PERMANENT,
        THREAD_LIFT_PDO, THREAD_LIFT_GOLD, FACIAL_SURGERY
    }
}
