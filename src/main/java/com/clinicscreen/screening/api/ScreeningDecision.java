package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a screening: status (highest precedence of all reasons), whether the patient may be
 * booked for the evaluation date, from when, every reason, instructions, session guidance, screened
 * alternatives, and provenance (decision id, policy version and hash, evaluation date).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningDecision(
        @Schema(required = true, description = "Unique id of this decision (UUID), for audit and support.")
        String decisionId,
        @Schema(required = true, description = "The treatment screened for.") TreatmentRef treatment,
        @Schema(required = true, description = "Highest precedence of all reasons: NOT_ELIGIBLE > DEFERRED > "
                + "CLINICIAN_REVIEW > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE.")
        DecisionStatus status,
        @Schema(required = true, description = "True when the patient may be booked for the evaluation date without "
                + "anyone deciding first (ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS).")
        boolean eligible,
        @Schema(description = "First day the patient can be booked without anyone's decision (YYYY-MM-DD): the "
                + "evaluation date when eligible; for DEFERRED the latest of all date deferrals, only when nothing else "
                + "must happen first. Never set for CLINICIAN_REVIEW or NOT_ELIGIBLE, nor when a resolution (see "
                + "conditionsToResolve) or a clinician's decision (see afterDeferral) is still needed.")
        LocalDate eligibleFrom,
        @Schema(description = "DEFERRED only: the first day any booking is possible (the latest deferral date), also "
                + "when that booking still needs a clinician or a resolution first.")
        LocalDate notBefore,
        @Schema(description = "DEFERRED only: the status once every deferral has ended. CLINICIAN_REVIEW means a "
                + "booking from notBefore still goes to a clinician (e.g. radiotherapy: 90 days, then review).")
        DecisionStatus afterDeferral,
        @Schema(required = true, description = "The date every rule was evaluated on (YYYY-MM-DD).")
        LocalDate evaluationDate,
        @Schema(required = true, maxLength = 120, description = "A few words for the patient on what the decision "
                + "means, in the requested language (e.g. \"You can book from April 1, 2027\").") String headline,
        @Schema(required = true, description = "What the decision means for the patient and what happens next, in plain "
                + "language, with dates written out in the requested language.") String message,
        @Schema(required = true, description = "Every rule that fired, most severe first.")
        List<ReasonView> reasons,
        @Schema(required = true, description = "What must happen before re-screening, for deferrals until resolved.")
        List<String> conditionsToResolve,
        @Schema(required = true, description = "Before and day-of instructions (empty when NOT_ELIGIBLE).")
        List<InstructionView> preparation,
        @Schema(required = true, description = "Aftercare instructions (empty when NOT_ELIGIBLE).")
        List<InstructionView> aftercare,
        @Schema(description = "Needle depth and session spacing, for microneedling treatments that can be booked.")
        SessionGuidanceView sessionGuidance,
        @Schema(required = true, description = "Other treatments that address at least one goal and that this patient "
                + "may have (screened with the same answers), most goals covered first.")
        List<AlternativeView> alternatives,
        @Schema(required = true, description = "Provenance: the policy (and clinic settings) that made the decision.")
        PolicyRef policy,
        @Schema(required = true, description = "Language of the texts: en or es.", enumeration = {"en", "es"})
        String language,
        @Schema(description = "Only with explain=true: every rule evaluated for the requested treatment.")
        List<RuleExplanation> explanation,
        @Schema(required = true, description = "Answers the patient's medicine list contradicts, to show at their "
                + "fields (empty when none). The screening already counts the listed medicines.")
        List<AnswerCheck> answerChecks,
        @Schema(description = "Only when the intake has answers.medicines: how each listed medicine was read, in "
                + "list order; one not recognised was not screened and needs staff review. Not in the patient view.")
        List<ListedMedicineView> medicines,
        @Schema(required = true, enumeration = "full", description = "Which view of the decision this is: full.")
        String view) implements DecisionView {

    public static final String VIEW = "full";

    /** A catalog treatment by code and name. */
    @Schema(name = "TreatmentRef")
    public record TreatmentRef(@Schema(description = "Catalog code.") String code,
            @Schema(description = "Name in the requested language.") String name) {}

    /**
     * Which policy decided: the base policy's id, version and the SHA-256 of its file, and the clinic
     * settings applied on top (their clinic id and SHA-256), when any.
     */
    @Schema(name = "PolicyRef")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PolicyRef(
            @Schema(required = true, description = "Base policy id.") String id,
            @Schema(required = true, description = "Base policy version.") String version,
            @Schema(required = true, description = "SHA-256 (hex) of the base policy file.") String sha256,
            @Schema(description = "Clinic whose settings were applied; absent when none.") String clinicId,
            @Schema(description = "SHA-256 (hex) of the clinic settings file; absent when none.")
            String clinicSettingsSha256) {}
}
