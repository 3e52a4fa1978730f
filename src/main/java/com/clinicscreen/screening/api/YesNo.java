package com.clinicscreen.screening.api;

/** Answer to a question where "unsure" is not offered (the patient lists what they remember). */
public enum YesNo { YES, NO }
