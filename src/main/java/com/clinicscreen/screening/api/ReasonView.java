package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.domain.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a rule fired, in the requested language, with the answers behind it and its sources. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReasonView(
        @Schema(required = true, description = "Stable rule code from the clinical reference (e.g. ISOTRETINOIN_RECENT).") String code,
        RuleCategory category,
        Outcome outcome,
        @Schema(required = true, description = "critical (not eligible or deferred), warning (clinician review) or info (precaution), as CDS Hooks card indicators.") Severity severity,
        @Schema(required = true, maxLength = 140, description = "Card summary, at most 140 characters.") String summary,
        String patientText,
        String clinicianDetail,
        @Schema(description = "CONFIRMED, UNSURE (the patient answered not sure) or NOT_ASKED (a question not part of this intake).") Certainty certainty,
        String certaintyNote,
        @Schema(description = "For a date deferral: the first day this reason no longer applies (YYYY-MM-DD).") LocalDate eligibleFrom,
        String resolveBy,
        List<AnswerRef> triggeredBy,
        String ref,
        List<SourceView> sources) {

    /** A source of the reference (§0 id), for CDS-style attribution. */
    @Schema(name = "SourceView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(String id, String label, String url) {}
}
