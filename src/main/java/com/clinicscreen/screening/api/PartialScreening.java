package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an in-progress intake already settles: whether every question is answered, whether the questions
 * still open can change the outcome, and the decision only when they cannot. Never a provisional result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What the answers given so far settle. `decision` is present only when `final` is true: "
        + "the questions still open cannot make the treatment bookable (or every question is answered). A patient "
        + "who may still be eligible gets no status at all until every question is answered.")
public record PartialScreening(
        @Schema(required = true, description = "True when every question the questionnaire requires for this "
                + "request is answered: `decision` is then exactly what the full screening answers.")
        boolean complete,
        @Schema(required = true, description = "True when the questions still open cannot make the treatment "
                + "bookable: the patient is NOT_ELIGIBLE, or DEFERRED until something resolves (pregnancy, "
                + "breastfeeding) with no date, on answers that no later answer can take back. Stop asking; show "
                + "`decision`. False: ask the next questions; nothing about the outcome is said yet.")
        @JsonProperty("final") boolean decided,
        @Schema(required = true, description = "True when `decision.status` itself cannot change: the intake is "
                + "complete, or the patient is NOT_ELIGIBLE. A final DEFERRED can still become NOT_ELIGIBLE with more "
                + "answers, never bookable or dated.")
        boolean statusFinal,
        @Schema(required = true, description = "Required questions not answered yet (field paths as in the "
                + "questionnaire, in its order); empty when complete. A missing answer is never read as no.")
        List<String> unanswered,
        @Schema(description = "Only when `final`: the decision on the answers given, in the view asked for (full or "
                + "patient). Before the intake is complete its alternatives were screened without the open "
                + "questions, so each needs a clinician's review (status at least CLINICIAN_REVIEW, "
                + "requiresClinicianReview true) and the patient view lists none.")
        DecisionView decision,
        @Schema(required = true, description = "Answers given so far that the patient's medicine list "
                + "(answers.medicines) contradicts, to show at their fields before the next step (empty when none).")
        List<AnswerCheck> answerChecks) {}
