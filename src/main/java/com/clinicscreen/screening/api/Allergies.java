package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q29: allergies relevant to the procedure and to the alternatives. */
public record Allergies(
        @Schema(description = "Has an allergy relevant to the treatment.") YesNoUnsure status,
        @Schema(description = "Which; required when YES.") List<@NotNull(message = "field.not-null") Kind> kinds) {
    @Schema(name = "AllergyKind")
    public enum Kind {
        LOCAL_ANESTHETIC, NICKEL_STAINLESS_STEEL, GOLD, SKINCARE_INGREDIENT, ASPIRIN_SALICYLATE, BOTULINUM_TOXIN,
        SEVERE_ALLERGY_OR_ANAPHYLAXIS, OTHER
    }
}
