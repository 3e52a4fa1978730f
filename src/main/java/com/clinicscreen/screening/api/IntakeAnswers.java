package com.clinicscreen.screening.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The patient's answers to the intake questionnaire; each component is filled by the question named
 * in its comment. Which answers are required (and when) is enforced by the intake validator and
 * published by the questionnaire definition.
 */
public record IntakeAnswers(
        LocalDate dateOfBirth,                              // Q01
        List<TreatmentArea> treatmentAreas,                 // Q02
        List<Goal> goals,                                   // Q03
        Pregnancy pregnancy,                                // Q05
        Breastfeeding breastfeeding,                        // Q06
        Isotretinoin isotretinoin,                          // Q07
        TopicalProducts topicals,                           // Q08
        BloodThinners bloodThinners,                        // Q09
        YesNoUnsure nsaidsOrSupplements,                    // Q10
        YesNoUnsure bleedingDisorder,                       // Q11
        ImmunosuppressiveTreatment immunosuppressiveTreatment, // Q12
        ImmuneCondition immuneCondition,                    // Q13
        Radiation radiationToArea,                          // Q14
        Diabetes diabetes,                                  // Q15
        Autoimmune autoimmune,                              // Q16
        YesNoUnsure keloidTendency,                         // Q17
        ColdSores coldSores,                                // Q18
        SkinInfection skinInfectionInArea,                  // Q19
        YesNoUnsure openWoundInArea,                        // Q20
        AcneInArea acneInArea,                              // Q21
        SkinCondition eczema,                               // Q22
        SkinCondition psoriasis,                            // Q23
        Rosacea rosacea,                                    // Q24
        Vitiligo vitiligo,                                  // Q25
        SkinCancer skinCancer,                              // Q26
        SunExposure sun,                                    // Q27
        RecentProcedures proceduresInArea,                  // Q28
        Allergies allergies,                                // Q29
        YesNoUnsure g6pdDeficiencyOrMethemoglobinemia,      // Q30
        YesNoUnsure electronicImplant,                      // Q31 (RF)
        MetalOrTattooInArea metalOrTattooInArea,            // Q32
        SkinType skinType,                                  // Q33
        YesNoUnsure hepatitisOrHiv,                         // Q34
        PrpScreening prp,                                   // Q35 (PRP)
        YesNoUnsure photosensitizingMedication,             // Q36
        YesNoUnsure heartDisease,                           // Q37
        DatedAnswer surgeryOrNewScarInArea                  // Q38
) {}
