package com.clinicscreen.screening.api;

/** Q21: acne in the treatment area right now. */
public enum AcneInArea { NONE, COMEDONAL, INFLAMMATORY, NODULOCYSTIC, UNSURE }
