package com.clinicscreen.screening.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Reason severity, spelled as CDS Hooks card indicators. */
public enum Severity {
    CRITICAL, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
