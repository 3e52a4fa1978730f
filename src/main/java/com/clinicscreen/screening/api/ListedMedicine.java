package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Q39: one medicine the patient listed, as picked from the medicine search (with its RxNorm code) or as
 * typed (name only). The name is kept as the patient wrote it, without surrounding spaces.
 */
@Schema(name = "ListedMedicine", description = "A medicine the patient takes: picked from GET /v1/medicines (name "
        + "and rxcui) or typed (name only).")
public record ListedMedicine(
        @Schema(required = true, minLength = 1, maxLength = MAX_NAME, description = "The medicine's name as shown by the "
                + "search or as the patient typed it (surrounding spaces are dropped; not blank).")
        @NotBlank(message = "field.required") @Size(max = MAX_NAME, message = "field.too-long") String name,
        @Schema(pattern = RXCUI, maxLength = 10, description = "The RxNorm concept (RxCUI) the search gave for it; absent for a name the "
                + "patient typed.")
        @Pattern(regexp = RXCUI, message = "field.rxcui") String rxcui) {

    /** Most medicines one intake lists (the questionnaire states it as the item's maxItems). */
    public static final int MAX_LISTED = 30;
    public static final int MAX_NAME = 120;
    static final String RXCUI = "^[0-9]{1,10}$";

    public ListedMedicine {
        name = name == null ? null : name.strip();
    }
}
