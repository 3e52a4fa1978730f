package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q35: questions asked only for microneedling with PRP. */
public record PrpScreening(
        @Schema(description = "Known anaemia (Hb < 10 g/dL) or low platelets (< 105×10³/µL).") YesNoUnsure lowHemoglobinOrPlatelets,
        @Schema(description = "Fever or illness now.") YesNoUnsure feverOrIllnessNow,
        @Schema(description = "Treated for sepsis or unstable circulation.") YesNoUnsure sepsisOrUnstableCirculation,
        @Schema(description = "Cancer, especially of the blood or bone.") YesNoUnsure cancer,
        @Schema(description = "NSAIDs in the last 7 days, with the last date (PRP waits 2 days after it).") DatedAnswer nsaids,
        @Schema(description = "Steroid injection in the area in the last month, with its date.") DatedAnswer steroidInjectionInArea,
        @Schema(description = "Oral or injected steroids in the last 2 weeks, with the last date.") DatedAnswer systemicSteroids,
        @Schema(description = "Smokes or uses nicotine.") YesNoUnsure tobacco) {}
