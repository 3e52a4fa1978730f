package com.clinicscreen.screening.api;

import java.math.BigDecimal;

/** Q15: diabetes, whether a clinician called it poorly controlled, latest HbA1c in percent. */
public record Diabetes(YesNoUnsure status, Type type, YesNoUnsure poorlyControlled, BigDecimal hba1cPercent) {
    public enum Type { TYPE_1, TYPE_2, OTHER }
}
