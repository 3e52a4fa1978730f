package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.engine.CaseResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Explain mode: one evaluated rule, whether it fired, and what each of its cases found. {@code effectRef} is
 * the reference row for this treatment's outcome when it differs from the rule's own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleExplanation(String code, String ref, String effectRef, boolean fired, Outcome outcome,
        List<CaseExplanation> cases) {

    @Schema(name = "CaseExplanation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseExplanation(FindingCode finding, Outcome outcome, String from, String until, Outcome then,
            CaseResult result, Certainty certainty, LocalDate findingDate, String overriddenBy) {}
}
