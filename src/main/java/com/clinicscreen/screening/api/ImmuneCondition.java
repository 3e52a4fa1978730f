package com.clinicscreen.screening.api;

import java.util.List;

/** Q13: conditions that weaken immunity. */
public record ImmuneCondition(YesNoUnsure status, List<Kind> kinds) {
    public enum Kind { HIV, TRANSPLANT, PRIMARY_IMMUNODEFICIENCY, OTHER }
}
