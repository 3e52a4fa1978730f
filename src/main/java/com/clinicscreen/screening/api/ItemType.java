package com.clinicscreen.screening.api;

/** Answer types a form must render. */
public enum ItemType { YES_NO_UNSURE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, NUMBER, GROUP,
    /** A list of medicines picked from the medicine search (its {@code search} link) or typed as free text. */
    MEDICINE_LIST }
