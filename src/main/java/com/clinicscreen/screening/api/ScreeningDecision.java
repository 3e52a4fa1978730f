package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a screening: status (highest precedence of all reasons), whether the patient may be
 * booked for the evaluation date, from when, every reason, instructions, session guidance, screened
 * alternatives, and provenance (decision id, policy version and hash, evaluation date).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreeningDecision(
        String decisionId,
        TreatmentRef treatment,
        DecisionStatus status,
        boolean eligible,
        LocalDate eligibleFrom,
        LocalDate evaluationDate,
        List<ReasonView> reasons,
        List<String> conditionsToResolve,
        List<InstructionView> preparation,
        List<InstructionView> aftercare,
        SessionGuidanceView sessionGuidance,
        List<AlternativeView> alternatives,
        PolicyRef policy,
        String language,
        List<RuleExplanation> explanation) {

    /** A catalog treatment by code and name. */
    public record TreatmentRef(String code, String name) {}

    /** Which policy decided: its id, version and the SHA-256 of its file. */
    public record PolicyRef(String id, String version, String sha256) {}
}
