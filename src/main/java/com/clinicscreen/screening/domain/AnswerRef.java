package com.clinicscreen.screening.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One answer that contributed to a finding: its request path as the client wrote it, and its value
 * (absent for a question that was not asked). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerRef(String path, String value) {}
