package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One medicine found by the search, under the name that matched best. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One medicine, under the name that matched best (in the request's language when the medicine "
        + "has names in both). Send `name` and `rxcui` back in `answers.medicines` of the screening.")
public record MedicineResult(
        @Schema(required = true, description = "The name to show the patient.", example = "Eliquis") String name,
        @Schema(required = true, description = "BRAND (a brand name), INGREDIENT (an active ingredient) or COMMON "
                + "(a name patients use, such as \"baby aspirin\").") MedicineKind kind,
        @Schema(description = "The RxNorm concept the name stands for (ingredient or brand); absent when no source "
                + "gives one.", pattern = "^[0-9]+$") String rxcui,
        @Schema(required = true, description = "The RxNorm ingredient names, English, lower case.",
                example = "[\"apixaban\"]") List<String> ingredients,
        @Schema(required = true, description = "The classes of the medicine this screening asks about; empty when "
                + "the medicine is of no concern to it.") List<MedicineClass> classes) {}
