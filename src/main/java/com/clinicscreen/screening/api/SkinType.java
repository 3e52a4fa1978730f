package com.clinicscreen.screening.api;

/** Q33: Fitzpatrick skin type and a history of dark marks after injury (PIH) or melasma. */
public record SkinType(Fitzpatrick fitzpatrick, YesNoUnsure pigmentationHistory) {
    public enum Fitzpatrick { I, II, III, IV, V, VI, UNSURE }
}
