package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a medicine name is. */
@Schema(description = "What a medicine name is: BRAND, INGREDIENT, or COMMON (a name patients use).")
public enum MedicineKind {
    BRAND, INGREDIENT, COMMON
}
