package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A class of medicines the screening asks about, with its name for patients. */
@Schema(description = "A class of medicines the screening asks about.")
public record MedicineClass(
        @Schema(required = true, description = "The class code, stable.", enumeration = {"ANTICOAGULANT",
                "ANTIPLATELET", "ISOTRETINOIN", "IMMUNOSUPPRESSANT", "SYSTEMIC_CORTICOSTEROID", "ANTINEOPLASTIC",
                "PHOTOSENSITIZER", "NSAID", "TOPICAL_RETINOID"}) String code,
        @Schema(required = true, description = "The class's name for patients, in the request's language.",
                example = "blood thinner (anticoagulant)") String label) {}
