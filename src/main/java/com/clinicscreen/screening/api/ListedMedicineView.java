package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the screening read one listed medicine, for staff: what it was classified as, or that nothing
 * recognised it (then it was not screened, and a person must look at it).
 */
@Schema(name = "ListedMedicineView", description = "One medicine of answers.medicines as the screening read it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListedMedicineView(
        @Schema(required = true, description = "Its request path.", example = "answers.medicines[0]") String field,
        @Schema(required = true, description = "The name as listed.") String name,
        @Schema(description = "The RxNorm code sent with it, when any.") String rxcui,
        @Schema(required = true, description = "False when neither its code nor its name is in the service's "
                + "terminology or its medicine search: it was not screened and staff must review it.") boolean recognised,
        @Schema(required = true, description = "The medicine classes it belongs to (empty: of no concern to the "
                + "screening, or not recognised).") List<MedicineClassView> classes) {

    @Schema(name = "MedicineClassView", description = "A class of medicines the screening knows.")
    public record MedicineClassView(@Schema(required = true, description = "Class code.", example = "ANTICOAGULANT") String code,
            @Schema(required = true, description = "What the class is, for staff (English).") String label) {}
}
