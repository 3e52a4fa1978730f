package com.clinicscreen.screening.rest;

import java.util.Map;

/**
 * What each schema of the contract is, for the types that do not say it themselves: the domain, policy and
 * engine types may not carry OpenAPI annotations (they stay plain Java), and the answer records are named
 * after their question. Applied by {@link StrictRequestSchemas} where a schema has no description;
 * OpenApiContractTest requires one on every schema and property.
 */
final class SchemaDescriptions {

    static final Map<String, String> SCHEMAS = Map.ofEntries(
            // Answers (request).
            Map.entry("AcneInArea", "Q21. Acne in the treatment area now, by kind; UNSURE is screened as the most cautious kind."),
            Map.entry("Allergies", "Q29. Allergies relevant to the procedure and the alternatives."),
            Map.entry("AllergyKind", "An allergy named in Q29; OTHER becomes an unnamed allergy, reviewed for every treatment."),
            Map.entry("Autoimmune", "Q16. Autoimmune or connective-tissue disease, which, and whether it is flaring."),
            Map.entry("AutoimmuneKind", "An autoimmune or connective-tissue disease named in Q16."),
            Map.entry("BloodThinners", "Q09. Prescribed anticoagulants or antiplatelets, and which."),
            Map.entry("BloodThinnerMedicine", "A prescribed anticoagulant or antiplatelet; OTHER is screened as an anticoagulant."),
            Map.entry("BodyLocation", "Where on the body a condition is; only locations the patient wants treated fire "
                    + "the in-area rules."),
            Map.entry("Breastfeeding", "Q06. Breastfeeding now, and when it is planned to end."),
            Map.entry("ColdSores", "Q18. Cold sores (herpes simplex): ever, where, and whether active or tingling now."),
            Map.entry("DatedAnswer", "A yes/no/unsure answer with the date it refers to, required when the answer is YES."),
            Map.entry("Diabetes", "Q15. Diabetes, its type, whether it is poorly controlled and the latest HbA1c."),
            Map.entry("DiabetesType", "The type of diabetes (Q15.1)."),
            Map.entry("FitzpatrickType", "Fitzpatrick skin type, I (always burns) to VI (never burns)."),
            Map.entry("ImmuneCondition", "Q13. Conditions weakening immunity, and which."),
            Map.entry("ImmuneConditionKind", "A condition weakening immunity named in Q13."),
            Map.entry("ImmunosuppressiveTreatment", "Q12. Treatments that weaken immunity: whether, when and which."),
            Map.entry("ImmunosuppressiveStatus", "Whether an immunosuppressive treatment is current, planned, past or none."),
            Map.entry("ImmunosuppressiveKind", "An immunosuppressive treatment named in Q12."),
            Map.entry("Isotretinoin", "Q07. Oral isotretinoin: never, now, in the past (with its dose dates) or unsure."),
            Map.entry("IsotretinoinStatus", "Whether oral isotretinoin was never taken, is taken now, was taken or is unsure."),
            Map.entry("MetalOrTattooInArea", "Q32. Metal in the treatment area, and tattoo or permanent make-up there."),
            Map.entry("Pregnancy", "Q05. Pregnant or could be, and the due date when known."),
            Map.entry("Procedure", "One procedure done in the treatment area, with its date."),
            Map.entry("ProcedureType", "A kind of procedure in Q28; intervals since it count from its date."),
            Map.entry("PrpScreening", "Q35. The questions asked only for microneedling with PRP (blood drawn from the patient)."),
            Map.entry("Radiation", "Q14. Radiation therapy to the treatment area: none, ongoing or completed (with the date)."),
            Map.entry("RadiationStatus", "Whether radiation therapy to the area is ongoing, completed, none or unsure."),
            Map.entry("RecentProcedures", "Q28. Procedures done in the treatment area, each with its date."),
            Map.entry("Rosacea", "Q24. Rosacea: its type, where, and whether it is flaring."),
            Map.entry("RosaceaType", "The kind of rosacea: redness only, bumps and pustules, or thickening skin."),
            Map.entry("SkinCancer", "Q26. Skin cancer, suspicious lesions and actinic keratoses in the treatment area."),
            Map.entry("SkinCondition", "Q22, Q23. A skin condition (eczema or psoriasis): where, and whether it is flaring."),
            Map.entry("SkinInfection", "Q19. A skin infection in the treatment area now, and which kinds."),
            Map.entry("SkinInfectionKind", "A kind of skin infection named in Q19."),
            Map.entry("SkinType", "Q33. Fitzpatrick skin type and a history of dark marks after injury or melasma."),
            Map.entry("SunExposure", "Q27. Sunburn now, and sun, sunbed or self-tan on the area in the last 14 days."),
            Map.entry("TopicalProducts", "Q08. Active topical products used on the area in the last 14 days, and when last."),
            Map.entry("TopicalProduct", "An active topical product named in Q08."),
            Map.entry("Vitiligo", "Q25. Vitiligo: where, and whether it has spread in the last 12 months."),
            Map.entry("TreatmentArea", "An area of the body to treat (Q02); \"in the area\" questions refer to these."),
            Map.entry("Goal", "What the patient wants to improve (Q03); alternatives are matched to these."),
            Map.entry("YesNo", "An answer without UNSURE, for questions the patient can always answer."),
            // Decision (response).
            Map.entry("ScreeningDecision", "The full decision (view=full), for clinic systems and staff: status, headline "
                    + "and message, the dates, every reason with its clinical detail and sources, instructions, session "
                    + "guidance, screened alternatives and provenance."),
            Map.entry("DecisionStatus", "A decision status, from highest to lowest precedence: NOT_ELIGIBLE, DEFERRED, "
                    + "CLINICIAN_REVIEW, ELIGIBLE_WITH_PRECAUTIONS, ELIGIBLE."),
            Map.entry("Outcome", "What a fired rule does to a treatment (the reference's outcome classes), most severe "
                    + "first; DEFER_UNTIL_DATE and DEFER_UNTIL_RESOLVED give the status DEFERRED."),
            Map.entry("Severity", "CDS Hooks card indicator: critical (not eligible), warning (deferred or clinician "
                    + "review), info (precaution)."),
            Map.entry("Certainty", "How sure a finding is: CONFIRMED (answered yes), UNSURE (answered not sure, screened "
                    + "as yes) or NOT_ASKED (not part of this intake)."),
            Map.entry("RuleCategory", "The rule's category in the clinical reference: ABSOLUTE, TEMPORARY or RELATIVE."),
            Map.entry("AnswerRef", "One answer behind a finding: its request path as the client wrote it and its value."),
            Map.entry("TreatmentRef", "A catalog treatment by code and name in the requested language."),
            Map.entry("PolicyRef", "Provenance: the base policy's id, version and SHA-256, and the clinic settings on top."),
            Map.entry("InstructionView", "A preparation or aftercare instruction, its window in days relative to the "
                    + "treatment day and, when that day is known, as dates."),
            Map.entry("Phase", "When an instruction applies: BEFORE, DAY_OF or AFTER the treatment."),
            Map.entry("Audience", "Who an instruction is for: the PATIENT, or the CLINICIAN performing the treatment."),
            Map.entry("SessionGuidanceView", "Needle depth per treatment area and session spacing, for a bookable "
                    + "microneedling treatment."),
            Map.entry("NeedleDepth", "The needle depth range for one treatment area, in millimetres."),
            Map.entry("GoalStrength", "How well a treatment addresses a goal: PRIMARY or SUPPORTIVE."),
            Map.entry("CaseResult", "What one case of a rule found for this patient: MATCHED, NO_FINDING or "
                    + "OUTSIDE_PERIOD (the finding is there but outside the rule's period)."),
            Map.entry("FindingCode", "A finding the intake can raise (reference §1.1), the vocabulary rules are written in."),
            // Questionnaire and policy (read-only documents).
            Map.entry("ItemType", "The answer type of a questionnaire item."),
            Map.entry("LocalizedText", "A text in English and Spanish."),
            Map.entry("PolicyView", "The policy in force: its id, version and hash, the clinic settings applied, §7 "
                    + "parameters and toggles with where each value came from, implications and every treatment's rules."),
            Map.entry("SessionGuidance", "A microneedling treatment's needle depths by area and session spacing."),
            Map.entry("DepthRange", "A needle depth range in millimetres."));

    /** Properties of shared types that cannot carry their own description. */
    static final Map<String, Map<String, String>> PROPERTIES = Map.of(
            "AnswerRef", Map.of(
                    "path", "The answer's request path as the client wrote it, e.g. answers.isotretinoin.lastDoseDate.",
                    "value", "The answer's value as sent."),
            "DepthRange", Map.of(
                    "min", "Shallowest depth, in millimetres.",
                    "max", "Deepest depth, in millimetres."),
            "LocalizedText", Map.of(
                    "en", "English text.",
                    "es", "Spanish text.",
                    "complete", "True when both languages are present."),
            "SessionGuidance", Map.of(
                    "needleDepthMm", "Needle depth range per treatment area.",
                    "minimumIntervalDays", "Standard minimum days between sessions.",
                    "hardFloorIntervalDays", "Days between sessions that a clinician may shorten to, never below.",
                    "sessions", "How many sessions are usual, in words.",
                    "notes", "Further guidance for the clinician, in words."));

    private SchemaDescriptions() {}
}
