package com.clinicscreen.screening.api;

/** Q26: skin cancer and suspicious lesions in the treatment area. */
public record SkinCancer(YesNoUnsure activeInArea, YesNoUnsure treatedInArea, YesNoUnsure suspiciousLesionInArea,
        YesNoUnsure actinicKeratosesInArea) {}
