package com.clinicscreen.screening.domain;

/** Skin that will be needled (reference Q02). */
public enum TreatmentArea { FACE, NECK, CHEST, HANDS, ABDOMEN, THIGHS_BUTTOCKS, ARMS, BACK, SCALP, OTHER }
