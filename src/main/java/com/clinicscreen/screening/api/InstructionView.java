package com.clinicscreen.screening.api;

import com.clinicscreen.screening.policy.Instruction;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * An instruction with its window in days relative to the treatment day (negative = before) and, when
 * the treatment day is known, as dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstructionView(String code, Instruction.Phase phase, Instruction.Audience audience, Integer fromDay,
        Integer toDay, LocalDate startDate, LocalDate endDate, String text) {}
