package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Outcome;

/** A reference §7 toggle in effect: when on, every outcome of {@code rule} is raised to at least {@code to}. */
public record Toggle(String name, boolean on, boolean defaultValue, String ref, String rule, Outcome to,
        boolean setByClinic) {}
