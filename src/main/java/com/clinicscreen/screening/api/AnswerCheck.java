package com.clinicscreen.screening.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer that the patient's own medicine list contradicts (Eliquis listed, "No" to the blood-thinner
 * question): the patient is asked to check it. The screening already uses the more cautious of the two.
 */
@Schema(name = "AnswerCheck", description = "An answer the patient's medicine list (answers.medicines) contradicts: "
        + "show the message at the field and let the patient correct it. The screening already counts the listed "
        + "medicine (the more cautious of the two).")
public record AnswerCheck(
        @Schema(required = true, description = "The answer to check, as a request path.",
                example = "answers.bloodThinners.status") String field,
        @Schema(required = true, description = "The questionnaire item of that answer.", example = "Q09") String questionId,
        @Schema(required = true, description = "The listed medicines (names as listed) that contradict it.")
        List<String> medicines,
        @Schema(required = true, description = "What to ask the patient, in the requested language.") String message) {}
