package com.clinicscreen.screening.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A yes/no/unsure answer with the date it last happened (required when the answer is YES). */
public record DatedAnswer(
        @Schema(required = true, description = "Whether it happened.") YesNoUnsure status,
        @Schema(description = "When it last happened (YYYY-MM-DD, approximate is fine); required when status is YES.") LocalDate date) {}
