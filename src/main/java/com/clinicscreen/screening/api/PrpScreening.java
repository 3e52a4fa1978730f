package com.clinicscreen.screening.api;

/** Q35: questions asked only for microneedling with PRP. */
public record PrpScreening(YesNoUnsure lowHemoglobinOrPlatelets, YesNoUnsure feverOrIllnessNow,
        YesNoUnsure sepsisOrUnstableCirculation, YesNoUnsure cancer, DatedAnswer nsaids,
        DatedAnswer steroidInjectionInArea, DatedAnswer systemicSteroids, YesNoUnsure tobacco) {}
