package com.clinicscreen.screening.domain;

/** One answer that contributed to a finding: its request path as the client wrote it, and its value. */
public record AnswerRef(String path, String value) {}
