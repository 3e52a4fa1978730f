package com.clinicscreen.screening.domain;

/** What the patient wants to improve (reference Q03 and the goal columns of §4.1). */
public enum Goal { FINE_LINES_WRINKLES, ACNE_SCARS, OTHER_SCARS, STRETCH_MARKS, HYPERPIGMENTATION_MELASMA, LAXITY, TEXTURE, PORES }
