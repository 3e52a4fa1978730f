package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.TreatmentArea;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The patient's answers to the intake questionnaire; each component is filled by the question named
 * in its description. Which answers are required (and when) is enforced by the intake validator and
 * published by the questionnaire definition.
 */
@Schema(description = "The answers to the intake questionnaire. Each field names the question (Q01–Q39) that fills it. "
        + "Fields marked required must always be present; others are required when the questionnaire shows them "
        + "(see `enableWhen` in the questionnaire). Dates are calendar dates written YYYY-MM-DD; approximate dates are fine.")
public record IntakeAnswers(
        @Schema(required = true, description = "Q01. Date of birth (YYYY-MM-DD); not after the evaluation date.")
        LocalDate dateOfBirth,
        @Schema(required = true, minItems = 1, maxItems = 10, description = "Q02. Areas to treat; \"in the area\" questions refer to these.")
        List<@NotNull(message = "field.not-null") TreatmentArea> treatmentAreas,
        @Schema(required = true, minItems = 1, maxItems = 8, description = "Q03. What the patient wants to improve; alternatives are matched to these.")
        List<@NotNull(message = "field.not-null") Goal> goals,
        @Schema(required = true, description = "Q05. Pregnant or could be; due date if known.")
        Pregnancy pregnancy,
        @Schema(required = true, description = "Q06. Breastfeeding now; planned end if known.")
        Breastfeeding breastfeeding,
        @Schema(required = true, description = "Q07. Oral isotretinoin (Accutane and others): never, now, in the past (with the last-dose date), or unsure.")
        Isotretinoin isotretinoin,
        @Schema(required = true, description = "Q08. Retinoids, AHA, BHA, benzoyl peroxide, hydroquinone or prescription topicals on the area in the last 14 days.")
        @Valid TopicalProducts topicals,
        @Schema(required = true, description = "Q09. Prescribed anticoagulants or antiplatelets.")
        @Valid BloodThinners bloodThinners,
        @Schema(required = true, description = "Q10. Over-the-counter NSAIDs, fish oil, vitamin E, ginkgo or garlic supplements in the last 7 days.")
        YesNoUnsure nsaidsOrSupplements,
        @Schema(required = true, description = "Q11. Bleeding or clotting disorder, or unusual bruising or bleeding.")
        YesNoUnsure bleedingDisorder,
        @Schema(required = true, description = "Q12. Chemotherapy, biologics, transplant drugs, methotrexate, oral or injected steroids.")
        @Valid ImmunosuppressiveTreatment immunosuppressiveTreatment,
        @Schema(required = true, description = "Q13. Conditions weakening immunity (HIV, transplant, primary immunodeficiency).")
        @Valid ImmuneCondition immuneCondition,
        @Schema(required = true, description = "Q14. Radiation therapy to the area to be treated.")
        Radiation radiationToArea,
        @Schema(required = true, description = "Q15. Diabetes, whether it is poorly controlled, latest HbA1c in percent.")
        @Valid Diabetes diabetes,
        @Schema(required = true, description = "Q16. Autoimmune or connective-tissue disease and whether it is flaring.")
        @Valid Autoimmune autoimmune,
        @Schema(required = true, description = "Q17. Ever formed a keloid or thick raised scar.")
        YesNoUnsure keloidTendency,
        @Schema(required = true, description = "Q18. Cold sores (herpes simplex): ever, where, active or tingling now.")
        @Valid ColdSores coldSores,
        @Schema(required = true, description = "Q19. A skin infection in the treatment area now.")
        @Valid SkinInfection skinInfectionInArea,
        @Schema(required = true, description = "Q20. An open cut, wound, sore, scab, burn or unhealed skin in the area.")
        YesNoUnsure openWoundInArea,
        @Schema(required = true, description = "Q21. Acne in the area right now.")
        AcneInArea acneInArea,
        @Schema(required = true, description = "Q22. Eczema or dermatitis: where, flaring now.")
        @Valid SkinCondition eczema,
        @Schema(required = true, description = "Q23. Psoriasis: where, flaring now.")
        @Valid SkinCondition psoriasis,
        @Schema(required = true, description = "Q24. Rosacea: type, where, flaring now.")
        @Valid Rosacea rosacea,
        @Schema(required = true, description = "Q25. Vitiligo: where, spreading in the last 12 months.")
        @Valid Vitiligo vitiligo,
        @Schema(required = true, description = "Q26. Skin cancer, suspicious lesions and actinic keratoses in the area.")
        SkinCancer skinCancer,
        @Schema(required = true, description = "Q27. Sunburn now; sun, sunbed or self-tan on the area in the last 14 days; with dates.")
        SunExposure sun,
        @Schema(required = true, description = "Q28. Procedures in the treatment area, each with its date.")
        @Valid RecentProcedures proceduresInArea,
        @Schema(required = true, description = "Q29. Allergies relevant to the procedure and the alternatives.")
        @Valid Allergies allergies,
        @Schema(required = true, description = "Q30. G6PD deficiency or past methaemoglobinaemia.")
        YesNoUnsure g6pdDeficiencyOrMethemoglobinemia,
        @Schema(description = "Q31. Implanted electronic device (pacemaker, ICD, neurostimulator, insulin pump, cochlear "
                + "implant). Required for RF microneedling; when absent for another treatment it counts as not asked, never as no.")
        YesNoUnsure electronicImplant,
        @Schema(required = true, description = "Q32. Metal in the area (required for RF microneedling) and tattoo or permanent make-up in the area.")
        MetalOrTattooInArea metalOrTattooInArea,
        @Schema(required = true, description = "Q33. Fitzpatrick skin type and history of dark marks after injury or melasma.")
        SkinType skinType,
        @Schema(required = true, description = "Q34. Hepatitis B or C, or HIV.")
        YesNoUnsure hepatitisOrHiv,
        @Schema(description = "Q35. PRP-only questions; required for microneedling with PRP. When absent for another "
                + "treatment they count as not asked, never as no.")
        PrpScreening prp,
        @Schema(required = true, description = "Q36. Photosensitising medicines (doxycycline, minocycline, St John's wort...).")
        YesNoUnsure photosensitizingMedication,
        @Schema(required = true, description = "Q37. Heart disease or a \"cardiac abnormality\".")
        YesNoUnsure heartDisease,
        @Schema(required = true, description = "Q38. Facial surgery or a new scar in the area, with its date.")
        DatedAnswer surgeryOrNewScarInArea,
        @Schema(maxItems = ListedMedicine.MAX_LISTED, description = "Q39. The medicines the patient takes (optional): "
                + "each picked from GET /v1/medicines or typed. Absent means not asked or skipped, never \"takes "
                + "nothing\". Each listed medicine is screened by its classes as the class questions are; one "
                + "the service does not recognise is listed to staff in the decision's `medicines`.")
        @Size(max = ListedMedicine.MAX_LISTED, message = "field.too-many-entries")
        List<@NotNull(message = "field.not-null") @Valid ListedMedicine> medicines
) {}
