package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q08: active topical products used on the area in the last 14 days and the date of last use. */
public record TopicalProducts(
        @Schema(description = "Active topical products used on the area in the last 14 days.") YesNoUnsure status,
        @Schema(description = "Which products; required when YES.") List<@NotNull(message = "field.not-null") Product> products,
        @Schema(description = "Last application (YYYY-MM-DD); required when YES.") LocalDate lastUseDate) {
    @Schema(name = "TopicalProduct")
    public enum Product { RETINOID, AHA, BHA, BENZOYL_PEROXIDE, HYDROQUINONE, OTHER_PRESCRIPTION }
}
