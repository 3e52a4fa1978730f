package com.clinicscreen.screening.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The medicines whose names match what a patient typed, best first. */
@Schema(description = "The medicines whose names match the query, best first: exact name, then names that start with "
        + "it, then names with a later word that starts with it, then names that start with it but for a typing "
        + "mistake. One result per medicine; at most 10.")
public record MedicineSearch(
        @Schema(required = true, description = "The query as it was sent.", example = "eliq") String query,
        @Schema(required = true, maxItems = 10, description = "The matching medicines, best first; empty when "
                + "nothing matches.") List<MedicineResult> results) {}
