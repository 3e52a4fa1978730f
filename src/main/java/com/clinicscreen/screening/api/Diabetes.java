package com.clinicscreen.screening.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q15: diabetes, whether a clinician called it poorly controlled, latest HbA1c in percent. */
public record Diabetes(@Schema(description = "Q15. Diabetes.") YesNoUnsure status,
        @Schema(description = "Q15.1. Which type; optional.") Type type,
        @Schema(description = "Q15.2. A doctor or nurse said it is poorly controlled; required when YES.")
        YesNoUnsure poorlyControlled,
        @Schema(description = "Latest HbA1c in percent (3 to 20); at or above the policy's threshold the diabetes is screened as uncontrolled.", example = "6.8")
        @DecimalMin(value = "3", message = "field.hba1c-range")
        @DecimalMax(value = "20", message = "field.hba1c-range")
        BigDecimal hba1cPercent) {
    @Schema(name = "DiabetesType")
    public enum Type { TYPE_1, TYPE_2, OTHER }
}
