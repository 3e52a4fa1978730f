package com.clinicscreen.screening.api;

/** What a medicine name is. */
public enum MedicineKind {
    BRAND, INGREDIENT, COMMON
}
