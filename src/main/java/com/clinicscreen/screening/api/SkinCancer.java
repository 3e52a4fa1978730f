package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** Q26: skin cancer and suspicious lesions in the treatment area. */
public record SkinCancer(
        @Schema(description = "Skin cancer in the treatment area now.") YesNoUnsure activeInArea,
        @Schema(description = "Skin cancer treated in the area before.") YesNoUnsure treatedInArea,
        @Schema(description = "A new, changing, bleeding or itching mole or spot in the area.") YesNoUnsure suspiciousLesionInArea,
        @Schema(description = "Rough scaly sun spots (actinic keratoses) in the area.") YesNoUnsure actinicKeratosesInArea) {}
