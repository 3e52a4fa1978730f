package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.domain.Severity;
import com.clinicscreen.screening.domain.AnswerRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** Why a rule fired, in the requested language, with the answers behind it and its sources. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReasonView(
        String code,
        RuleCategory category,
        Outcome outcome,
        Severity severity,
        String summary,
        String patientText,
        String clinicianDetail,
        Certainty certainty,
        String certaintyNote,
        LocalDate eligibleFrom,
        String resolveBy,
        List<AnswerRef> triggeredBy,
        String ref,
        List<SourceView> sources) {

    /** A source of the reference (§0 id), for CDS-style attribution. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(String id, String label, String url) {}
}
