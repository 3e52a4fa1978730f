package com.clinicscreen.screening.api;

import com.clinicscreen.screening.policy.Instruction;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An instruction with its window in days relative to the treatment day (negative = before) and, when
 * the treatment day is known, as dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstructionView(@Schema(description = "Stable instruction code.") String code,
        @Schema(description = "BEFORE, DAY_OF or AFTER the treatment.") Instruction.Phase phase,
        @Schema(description = "Who the instruction is for: the patient, or the clinician performing the treatment.") Instruction.Audience audience,
        @Schema(description = "First day the instruction applies, in days relative to the treatment day (negative = before).") Integer fromDay,
        @Schema(description = "Last day the instruction applies, in days relative to the treatment day.") Integer toDay,
        @Schema(description = "fromDay as a date (YYYY-MM-DD), when the treatment day is known.") LocalDate startDate,
        @Schema(description = "toDay as a date (YYYY-MM-DD), when the treatment day is known.") LocalDate endDate,
        @Schema(description = "The instruction, in the requested language.") String text) {}
