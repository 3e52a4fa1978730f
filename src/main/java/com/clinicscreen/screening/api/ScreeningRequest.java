package com.clinicscreen.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A screening request: which catalog treatment to screen for (microneedling when absent), the planned
 * treatment date (the evaluation date; today in the clinic's time zone when absent) and the answers.
 */
@Schema(description = "A screening request.")
@FollowsQuestionnaire
public record ScreeningRequest(
        @Schema(description = "Q04. Catalog code of the treatment to screen for (see GET /v1/policy): MN (microneedling, "
                + "the default when absent), ALT_RFMN (RF microneedling) or ALT_PRPMN (microneedling with PRP): the "
                + "treatments the policy marks requestable and the clinic offers.", example = "MN")
        @Size(max = 32, message = "field.too-long")
        @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "field.catalog-code")
        String treatment,
        @Schema(description = "Planned treatment date (YYYY-MM-DD): the evaluation date of every rule. Today in the "
                + "clinic's time zone when absent. Earlier dates re-screen as of that day.", example = "2026-10-01")
        LocalDate plannedTreatmentDate,
        @Schema(required = true, description = "The answers to the intake questionnaire.")
        @NotNull(message = "field.required") @Valid IntakeAnswers answers) {}
