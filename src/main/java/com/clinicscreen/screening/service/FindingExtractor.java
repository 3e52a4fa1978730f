package com.clinicscreen.screening.service;

import static com.clinicscreen.screening.domain.FindingCode.*;

import com.clinicscreen.screening.api.Allergies;
import com.clinicscreen.screening.api.Autoimmune;
import com.clinicscreen.screening.api.BloodThinners;
import com.clinicscreen.screening.api.BodyLocation;
import com.clinicscreen.screening.api.DatedAnswer;
import com.clinicscreen.screening.api.ImmuneCondition;
import com.clinicscreen.screening.api.ImmunosuppressiveTreatment;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.api.RecentProcedures;
import com.clinicscreen.screening.api.Rosacea;
import com.clinicscreen.screening.api.SkinCondition;
import com.clinicscreen.screening.api.SkinInfection;
import com.clinicscreen.screening.api.SkinType;
import com.clinicscreen.screening.api.YesNo;
import com.clinicscreen.screening.api.YesNoUnsure;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.terminology.ClassFinding;
import com.clinicscreen.screening.terminology.TerminologyClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns validated intake answers into findings. Fail-closed by construction: an "unsure" answer
 * becomes an UNSURE finding for the most cautious "yes" the question allows (screened exactly as yes);
 * an answer that names nothing specific (an "other" allergy) still becomes a finding that reaches a
 * clinician; a condition whose location the patient did
 * not give is taken to be in the treatment area; questions not asked in this intake (RF- or PRP-only)
 * become NOT_ASKED findings, never "no".
 */
public final class FindingExtractor {

    /**
     * Dated findings that exactly one question raises (date of birth, pregnancy, breastfeeding): no later
     * answer can merge another date into them. FindingExtractorTest checks that no other answer raises them.
     */
    public static final Set<FindingCode> SINGLE_SOURCE = Collections.unmodifiableSet(
            EnumSet.of(DATE_OF_BIRTH, PREGNANT, BREASTFEEDING));

    private final BigDecimal hba1cUncontrolledAtOrAbove;
    private final MedicineListReader medicines;

    public FindingExtractor(BigDecimal hba1cUncontrolledAtOrAbove, MedicineListReader medicines) {
        this.hba1cUncontrolledAtOrAbove = hba1cUncontrolledAtOrAbove;
        this.medicines = medicines;
    }

    /** The findings of a validated intake, its medicine list read here. */
    public Findings extract(IntakeAnswers a) {
        return extract(a, medicines.read(a.medicines()));
    }

    /**
     * The findings of a validated intake. An in-progress intake (partial screening) may lack questions not
     * answered yet: such a question raises nothing, so the findings are those of the answers given and no
     * more; the caller decides what that allows it to say. The "in the area" answers wait for the areas.
     */
    public Findings extract(IntakeAnswers a, List<MedicineListReader.ReadMedicine> listed) {
        Collector c = new Collector();
        List<TreatmentArea> areas = a.treatmentAreas();
        boolean areasKnown = areas != null && !areas.isEmpty();

        if (a.dateOfBirth() != null) {
            c.dated(DATE_OF_BIRTH, Certainty.CONFIRMED, a.dateOfBirth(), ref("answers.dateOfBirth", a.dateOfBirth()));
        }
        if (areasKnown && areas.contains(TreatmentArea.FACE)) {
            c.add(TREATS_FACE, Certainty.CONFIRMED, ref("answers.treatmentAreas", TreatmentArea.FACE));
        }

        if (a.pregnancy() != null && a.pregnancy().status() != null) {
            switch (a.pregnancy().status()) {
                case YES -> c.dated(PREGNANT, Certainty.CONFIRMED, a.pregnancy().dueDate(),
                        ref("answers.pregnancy.status", YesNoUnsure.YES));
                case UNSURE -> c.add(PREGNANCY_POSSIBLE, Certainty.UNSURE,
                        ref("answers.pregnancy.status", YesNoUnsure.UNSURE));
                case NO -> { }
            }
        }
        if (a.breastfeeding() != null) {
            yesOrUnsure(c, BREASTFEEDING, a.breastfeeding().status(), "answers.breastfeeding.status",
                    a.breastfeeding().plannedEndDate());
        }

        if (a.isotretinoin() != null && a.isotretinoin().status() != null) {
            switch (a.isotretinoin().status()) {
                case CURRENT -> c.add(ISOTRETINOIN_CURRENT, Certainty.CONFIRMED,
                        ref("answers.isotretinoin.status", "CURRENT"));
                case PAST -> c.dated(ISOTRETINOIN_PAST, Certainty.CONFIRMED, a.isotretinoin().lastDoseDate(),
                        ref("answers.isotretinoin.lastDoseDate", a.isotretinoin().lastDoseDate()));
                case UNSURE -> c.add(ISOTRETINOIN_CURRENT, Certainty.UNSURE, ref("answers.isotretinoin.status", "UNSURE"));
                case NEVER -> { }
            }
        }
        if (a.topicals() != null) {
            yesOrUnsure(c, TOPICAL_ACTIVES_RECENT, a.topicals().status(), "answers.topicals.status",
                    a.topicals().lastUseDate());
        }
        if (a.bloodThinners() != null) {
            bloodThinners(c, a.bloodThinners());
        }
        yesOrUnsure(c, NSAID_SUPPLEMENT_RECENT, a.nsaidsOrSupplements(), "answers.nsaidsOrSupplements", null);
        yesOrUnsure(c, BLEEDING_DISORDER, a.bleedingDisorder(), "answers.bleedingDisorder", null);
        if (a.immunosuppressiveTreatment() != null && a.immunosuppressiveTreatment().status() != null) {
            immunosuppressiveTreatment(c, a.immunosuppressiveTreatment());
        }
        if (a.immuneCondition() != null && a.immuneCondition().status() != null) {
            immuneCondition(c, a);
        }
        if (a.radiationToArea() != null && a.radiationToArea().status() != null) {
            radiation(c, a);
        }
        if (a.diabetes() != null) {
            diabetes(c, a);
        }
        if (a.autoimmune() != null) {
            autoimmune(c, a.autoimmune());
        }
        yesOrUnsure(c, KELOID_TENDENCY, a.keloidTendency(), "answers.keloidTendency", null);
        if (a.skinInfectionInArea() != null) {
            skinInfection(c, a.skinInfectionInArea());
        }
        yesOrUnsure(c, OPEN_WOUND_IN_AREA, a.openWoundInArea(), "answers.openWoundInArea", null);
        if (a.acneInArea() != null) {
            acne(c, a);
        }
        if (areasKnown) {
            if (a.coldSores() != null && a.coldSores().status() != null) {
                coldSores(c, a, areas);
            }
            if (a.eczema() != null && a.eczema().status() != null) {
                areaCondition(c, a.eczema(), areas, "answers.eczema", ECZEMA_ACTIVE_IN_AREA, ECZEMA_QUIESCENT_IN_AREA,
                        ECZEMA_ELSEWHERE, ECZEMA_ELSEWHERE);
            }
            if (a.psoriasis() != null && a.psoriasis().status() != null) {
                areaCondition(c, a.psoriasis(), areas, "answers.psoriasis", PSORIASIS_ACTIVE_IN_AREA,
                        PSORIASIS_QUIESCENT, PSORIASIS_ACTIVE_ELSEWHERE, PSORIASIS_QUIESCENT);
            }
            if (a.rosacea() != null && a.rosacea().status() != null) {
                rosacea(c, a, areas);
            }
            if (a.vitiligo() != null && a.vitiligo().status() != null) {
                vitiligo(c, a, areas);
            }
        }
        if (a.skinCancer() != null) {
            yesOrUnsure(c, SKIN_CANCER_ACTIVE_IN_AREA, a.skinCancer().activeInArea(), "answers.skinCancer.activeInArea", null);
            yesOrUnsure(c, SKIN_CANCER_TREATED_IN_AREA, a.skinCancer().treatedInArea(), "answers.skinCancer.treatedInArea", null);
            yesOrUnsure(c, SUSPICIOUS_LESION_IN_AREA, a.skinCancer().suspiciousLesionInArea(),
                    "answers.skinCancer.suspiciousLesionInArea", null);
            yesOrUnsure(c, ACTINIC_KERATOSIS_IN_AREA, a.skinCancer().actinicKeratosesInArea(),
                    "answers.skinCancer.actinicKeratosesInArea", null);
        }
        if (a.sun() != null) {
            datedAnswer(c, SUNBURN, a.sun().sunburn(), "answers.sun.sunburn");
            datedAnswer(c, TAN_RECENT, a.sun().tanning(), "answers.sun.tanning");
        }
        if (a.proceduresInArea() != null) {
            procedures(c, a.proceduresInArea());
        }
        if (a.allergies() != null) {
            allergies(c, a.allergies());
        }
        yesOrUnsure(c, METHEMOGLOBINEMIA_RISK, a.g6pdDeficiencyOrMethemoglobinemia(),
                "answers.g6pdDeficiencyOrMethemoglobinemia", null);
        askedOnlyFor(c, ELECTRONIC_IMPLANT, a.electronicImplant(), "answers.electronicImplant");
        var metalOrTattoo = a.metalOrTattooInArea();
        askedOnlyFor(c, METAL_IN_AREA, metalOrTattoo == null ? null : metalOrTattoo.metalInArea(),
                "answers.metalOrTattooInArea.metalInArea");
        if (metalOrTattoo != null) {
            yesOrUnsure(c, TATTOO_PMU_IN_AREA, metalOrTattoo.tattooOrPermanentMakeup(),
                    "answers.metalOrTattooInArea.tattooOrPermanentMakeup", null);
        }
        if (a.skinType() != null) {
            skinType(c, a.skinType());
        }
        yesOrUnsure(c, BLOODBORNE_INFECTION, a.hepatitisOrHiv(), "answers.hepatitisOrHiv", null);
        prp(c, a);
        yesOrUnsure(c, PHOTOSENSITIZING_DRUG, a.photosensitizingMedication(), "answers.photosensitizingMedication", null);
        yesOrUnsure(c, CARDIAC_DISEASE, a.heartDisease(), "answers.heartDisease", null);
        datedAnswer(c, SURGERY_OR_NEW_SCAR_IN_AREA, a.surgeryOrNewScarInArea(), "answers.surgeryOrNewScarInArea");
        listedMedicines(c, listed);
        return c.build();
    }

    /**
     * A listed medicine raises its classes' findings as a current medication, whatever the class question
     * says: a "no" there does not take back the medicine the patient listed (the more cautious wins, and the
     * answer check asks the patient to correct the other). Each finding names the medicine as listed, next to
     * any question that raised it too. An unrecognised medicine raises nothing here; the decision lists it to
     * staff.
     */
    private static void listedMedicines(Collector c, List<MedicineListReader.ReadMedicine> listed) {
        for (MedicineListReader.ReadMedicine medicine : listed) {
            AnswerRef ref = new AnswerRef(medicine.field(), medicine.medicine().name());
            for (TerminologyClass each : medicine.classes()) {
                for (ClassFinding finding : each.active()) {
                    c.alongside(new Finding(finding.code(), finding.certainty(), null, List.of(ref)));
                }
            }
        }
    }

    private static void bloodThinners(Collector c, BloodThinners answer) {
        String path = "answers.bloodThinners";
        if (answer.status() == YesNoUnsure.UNSURE) {
            AnswerRef unsure = ref(path + ".status", YesNoUnsure.UNSURE);
            c.add(ANTICOAGULANT, Certainty.UNSURE, unsure);
            c.add(ANTIPLATELET, Certainty.UNSURE, unsure);
            return;
        }
        if (answer.status() != YesNoUnsure.YES) {
            return;
        }
        List<BloodThinners.Medicine> medicines = answer.medicines();
        for (int i = 0; i < medicines.size(); i++) {
            BloodThinners.Medicine medicine = medicines.get(i);
            c.add(medicine.isAnticoagulant() ? ANTICOAGULANT : ANTIPLATELET, Certainty.CONFIRMED,
                    ref(path + ".medicines[" + i + "]", medicine));
        }
    }

    private static void immunosuppressiveTreatment(Collector c, ImmunosuppressiveTreatment answer) {
        String path = "answers.immunosuppressiveTreatment";
        switch (answer.status()) {
            case UNSURE -> c.add(CHEMOTHERAPY_CURRENT, Certainty.UNSURE, ref(path + ".status", "UNSURE"));
            case CURRENT, PLANNED, PAST -> {
                boolean ongoing = answer.status() != ImmunosuppressiveTreatment.Status.PAST;
                List<ImmunosuppressiveTreatment.Kind> kinds = answer.kinds();
                for (int i = 0; i < kinds.size(); i++) {
                    AnswerRef kindRef = ref(path + ".kinds[" + i + "]", kinds.get(i));
                    AnswerRef statusRef = ref(path + ".status", answer.status());
                    if (kinds.get(i) == ImmunosuppressiveTreatment.Kind.CHEMOTHERAPY) {
                        c.add(ongoing ? CHEMOTHERAPY_CURRENT : CHEMOTHERAPY_COMPLETED, Certainty.CONFIRMED, statusRef,
                                kindRef);
                    } else if (ongoing) {
                        c.add(IMMUNOSUPPRESSION, Certainty.CONFIRMED, statusRef, kindRef);
                    }
                }
            }
            case NONE -> { }
        }
    }

    private static void immuneCondition(Collector c, IntakeAnswers a) {
        String path = "answers.immuneCondition";
        switch (a.immuneCondition().status()) {
            case UNSURE -> {
                AnswerRef unsure = ref(path + ".status", YesNoUnsure.UNSURE);
                c.add(IMMUNOSUPPRESSION, Certainty.UNSURE, unsure);
                c.add(BLOODBORNE_INFECTION, Certainty.UNSURE, unsure);
            }
            case YES -> {
                var kinds = a.immuneCondition().kinds();
                for (int i = 0; i < kinds.size(); i++) {
                    AnswerRef kindRef = ref(path + ".kinds[" + i + "]", kinds.get(i));
                    c.add(IMMUNOSUPPRESSION, Certainty.CONFIRMED, kindRef);
                    if (kinds.get(i) == ImmuneCondition.Kind.HIV) {
                        c.add(BLOODBORNE_INFECTION, Certainty.CONFIRMED, kindRef);
                    }
                }
            }
            case NO -> { }
        }
    }

    private static void radiation(Collector c, IntakeAnswers a) {
        String path = "answers.radiationToArea";
        switch (a.radiationToArea().status()) {
            case ONGOING -> c.add(RADIATION_ONGOING, Certainty.CONFIRMED, ref(path + ".status", "ONGOING"));
            case COMPLETED -> c.dated(RADIATION_COMPLETED, Certainty.CONFIRMED, a.radiationToArea().completedDate(),
                    ref(path + ".completedDate", a.radiationToArea().completedDate()));
            case UNSURE -> c.add(RADIATION_ONGOING, Certainty.UNSURE, ref(path + ".status", "UNSURE"));
            case NONE -> { }
        }
    }

    private void diabetes(Collector c, IntakeAnswers a) {
        String path = "answers.diabetes";
        var diabetes = a.diabetes();
        if (diabetes.status() == YesNoUnsure.UNSURE) {
            c.add(DIABETES_UNCONTROLLED, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
            return;
        }
        if (diabetes.status() != YesNoUnsure.YES) {
            return;
        }
        BigDecimal hba1c = diabetes.hba1cPercent();
        if (hba1c != null && hba1c.compareTo(hba1cUncontrolledAtOrAbove) >= 0) {
            c.add(DIABETES_UNCONTROLLED, Certainty.CONFIRMED, ref(path + ".hba1cPercent", hba1c.toPlainString()));
        } else if (diabetes.poorlyControlled() == YesNoUnsure.NO) {
            c.add(DIABETES_CONTROLLED, Certainty.CONFIRMED, ref(path + ".poorlyControlled", YesNoUnsure.NO));
        } else {
            Certainty certainty = diabetes.poorlyControlled() == YesNoUnsure.YES ? Certainty.CONFIRMED : Certainty.UNSURE;
            c.add(DIABETES_UNCONTROLLED, certainty, ref(path + ".poorlyControlled", diabetes.poorlyControlled()));
        }
    }

    private static void autoimmune(Collector c, Autoimmune answer) {
        String path = "answers.autoimmune";
        if (answer.status() == YesNoUnsure.UNSURE) {
            AnswerRef unsure = ref(path + ".status", YesNoUnsure.UNSURE);
            for (FindingCode code : List.of(SCLERODERMA_MORPHEA, LUPUS, AUTOIMMUNE_FLARE)) {
                c.add(code, Certainty.UNSURE, unsure);
            }
            return;
        }
        if (answer.status() != YesNoUnsure.YES) {
            return;
        }
        List<Autoimmune.Kind> kinds = answer.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            Autoimmune.Kind kind = kinds.get(i);
            AnswerRef kindRef = ref(path + ".kinds[" + i + "]", kind);
            switch (kind) {
                case SCLERODERMA, MORPHEA -> c.add(SCLERODERMA_MORPHEA, Certainty.CONFIRMED, kindRef);
                case SLE, DISCOID_LUPUS -> {
                    c.add(AUTOIMMUNE_CTD, Certainty.CONFIRMED, kindRef);
                    c.add(LUPUS, Certainty.CONFIRMED, kindRef);
                }
                default -> c.add(AUTOIMMUNE_CTD, Certainty.CONFIRMED, kindRef);
            }
        }
        if (answer.flaringNow() != YesNoUnsure.NO) {
            c.add(AUTOIMMUNE_FLARE, certaintyOf(answer.flaringNow()), ref(path + ".flaringNow", answer.flaringNow()));
        }
    }

    private static void coldSores(Collector c, IntakeAnswers a, List<TreatmentArea> areas) {
        String path = "answers.coldSores";
        var answer = a.coldSores();
        if (answer.status() == YesNoUnsure.NO) {
            return;
        }
        if (answer.status() == YesNoUnsure.UNSURE) {
            c.add(HSV_ACTIVE_IN_AREA, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
            return;
        }
        AnswerRef where = ref(path + ".locations", answer.locations());
        // An active cold sore counts "in or near the area" (§1.2 #4); the history only where treated (§1.2 #5).
        if (answer.activeNow() != YesNoUnsure.NO && nearArea(answer.locations(), areas)) {
            c.add(HSV_ACTIVE_IN_AREA, certaintyOf(answer.activeNow()), ref(path + ".activeNow", answer.activeNow()), where);
        } else if (inArea(answer.locations(), areas)) {
            c.add(HSV_HISTORY_IN_AREA, Certainty.CONFIRMED, ref(path + ".status", YesNoUnsure.YES), where);
        }
    }

    private static void skinInfection(Collector c, SkinInfection answer) {
        String path = "answers.skinInfectionInArea";
        if (answer.status() == YesNoUnsure.UNSURE) {
            AnswerRef unsure = ref(path + ".status", YesNoUnsure.UNSURE);
            c.add(SKIN_INFECTION_BACTERIAL_IN_AREA, Certainty.UNSURE, unsure);
            c.add(SKIN_INFECTION_FUNGAL_IN_AREA, Certainty.UNSURE, unsure);
            c.add(SKIN_INFECTION_VIRAL_IN_AREA, Certainty.UNSURE, unsure);
            c.add(WARTS_MOLLUSCUM_IN_AREA, Certainty.UNSURE, unsure);
            return;
        }
        if (answer.status() != YesNoUnsure.YES) {
            return;
        }
        List<SkinInfection.Kind> kinds = answer.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            FindingCode code = switch (kinds.get(i)) {
                case BACTERIAL -> SKIN_INFECTION_BACTERIAL_IN_AREA;
                case FUNGAL -> SKIN_INFECTION_FUNGAL_IN_AREA;
                case VIRAL -> SKIN_INFECTION_VIRAL_IN_AREA;
                case WARTS_MOLLUSCUM -> WARTS_MOLLUSCUM_IN_AREA;
            };
            c.add(code, Certainty.CONFIRMED, ref(path + ".kinds[" + i + "]", kinds.get(i)));
        }
    }

    private static void acne(Collector c, IntakeAnswers a) {
        AnswerRef answer = ref("answers.acneInArea", a.acneInArea());
        switch (a.acneInArea()) {
            case INFLAMMATORY, NODULOCYSTIC -> c.add(ACNE_INFLAMMATORY_IN_AREA, Certainty.CONFIRMED, answer);
            case UNSURE -> c.add(ACNE_INFLAMMATORY_IN_AREA, Certainty.UNSURE, answer);
            case COMEDONAL -> c.add(ACNE_COMEDONAL_IN_AREA, Certainty.CONFIRMED, answer);
            case NONE -> { }
        }
    }

    /** Eczema and psoriasis: flaring or quiescent, in the treatment area or elsewhere. */
    private static void areaCondition(Collector c, SkinCondition answer, List<TreatmentArea> areas, String path,
            FindingCode activeInArea, FindingCode quiescentInArea, FindingCode activeElsewhere,
            FindingCode quiescentElsewhere) {
        if (answer.status() == YesNoUnsure.NO) {
            return;
        }
        if (answer.status() == YesNoUnsure.UNSURE) {
            c.add(activeInArea, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
            return;
        }
        AnswerRef where = ref(path + ".locations", answer.locations());
        AnswerRef flaring = ref(path + ".flaringNow", answer.flaringNow());
        boolean active = answer.flaringNow() != YesNoUnsure.NO;
        Certainty certainty = certaintyOf(answer.flaringNow());
        if (inArea(answer.locations(), areas)) {
            c.add(active ? activeInArea : quiescentInArea, active ? certainty : Certainty.CONFIRMED, where, flaring);
        } else {
            c.add(active ? activeElsewhere : quiescentElsewhere, active ? certainty : Certainty.CONFIRMED, where, flaring);
        }
    }

    private static void rosacea(Collector c, IntakeAnswers a, List<TreatmentArea> areas) {
        String path = "answers.rosacea";
        var answer = a.rosacea();
        if (answer.status() == YesNoUnsure.NO) {
            return;
        }
        if (answer.status() == YesNoUnsure.UNSURE) {
            c.add(ROSACEA_ACTIVE_IN_AREA, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
            return;
        }
        if (!inArea(answer.locations(), areas)) {
            return;
        }
        AnswerRef where = ref(path + ".locations", answer.locations());
        boolean papulopustularOrThick = answer.type() != Rosacea.Type.REDNESS_ONLY;
        if (papulopustularOrThick) {
            c.add(ROSACEA_ACTIVE_IN_AREA, Certainty.CONFIRMED, ref(path + ".type", answer.type()), where);
        } else if (answer.flaringNow() != YesNoUnsure.NO) {
            c.add(ROSACEA_ACTIVE_IN_AREA, certaintyOf(answer.flaringNow()),
                    ref(path + ".flaringNow", answer.flaringNow()), where);
        } else {
            c.add(ROSACEA_QUIESCENT_IN_AREA, Certainty.CONFIRMED, ref(path + ".type", answer.type()), where);
        }
    }

    private static void vitiligo(Collector c, IntakeAnswers a, List<TreatmentArea> areas) {
        String path = "answers.vitiligo";
        var answer = a.vitiligo();
        if (answer.status() == YesNoUnsure.NO) {
            return;
        }
        if (answer.status() == YesNoUnsure.UNSURE) {
            c.add(VITILIGO_SPREADING, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
            return;
        }
        AnswerRef spreading = ref(path + ".spreadingLast12Months", answer.spreadingLast12Months());
        AnswerRef where = ref(path + ".locations", answer.locations());
        if (answer.spreadingLast12Months() != YesNoUnsure.NO) {
            c.add(VITILIGO_SPREADING, certaintyOf(answer.spreadingLast12Months()), spreading);
        } else if (inArea(answer.locations(), areas)) {
            c.add(VITILIGO_STABLE_IN_AREA, Certainty.CONFIRMED, where, spreading);
        } else {
            c.add(VITILIGO_STABLE_ELSEWHERE, Certainty.CONFIRMED, where, spreading);
        }
    }

    private static void procedures(Collector c, RecentProcedures answer) {
        if (answer.status() != YesNo.YES) {
            return;
        }
        List<RecentProcedures.Procedure> procedures = answer.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            RecentProcedures.Procedure procedure = procedures.get(i);
            String path = "answers.proceduresInArea.procedures[" + i + "]";
            AnswerRef typeRef = ref(path + ".type", procedure.type());
            AnswerRef dateRef = ref(path + ".date", procedure.date());
            c.dated(procedureFinding(procedure.type()), Certainty.CONFIRMED, procedure.date(), typeRef, dateRef);
            if (procedure.type() == RecentProcedures.Type.THREAD_LIFT_GOLD) {
                c.add(METAL_IN_AREA, Certainty.CONFIRMED, typeRef);
            }
        }
    }

    private static void allergies(Collector c, Allergies answer) {
        String path = "answers.allergies";
        if (answer.status() == YesNoUnsure.UNSURE) {
            // A possible yes to every allergy the questionnaire names, and to one it cannot name.
            AnswerRef unsure = ref(path + ".status", YesNoUnsure.UNSURE);
            for (FindingCode code : List.of(ANESTHETIC_ALLERGY, METAL_ALLERGY_NICKEL, METAL_ALLERGY_GOLD,
                    SKINCARE_INGREDIENT_ALLERGY, SALICYLATE_ALLERGY, BOTULINUM_TOXIN_ALLERGY,
                    SEVERE_ALLERGY_OR_ANAPHYLAXIS, ALLERGY_UNSPECIFIED)) {
                c.add(code, Certainty.UNSURE, unsure);
            }
            return;
        }
        if (answer.status() != YesNoUnsure.YES) {
            return;
        }
        List<Allergies.Kind> kinds = answer.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            FindingCode code = switch (kinds.get(i)) {
                case LOCAL_ANESTHETIC -> ANESTHETIC_ALLERGY;
                case NICKEL_STAINLESS_STEEL -> METAL_ALLERGY_NICKEL;
                case GOLD -> METAL_ALLERGY_GOLD;
                case SKINCARE_INGREDIENT -> SKINCARE_INGREDIENT_ALLERGY;
                case ASPIRIN_SALICYLATE -> SALICYLATE_ALLERGY;
                case BOTULINUM_TOXIN -> BOTULINUM_TOXIN_ALLERGY;
                case SEVERE_ALLERGY_OR_ANAPHYLAXIS -> SEVERE_ALLERGY_OR_ANAPHYLAXIS;
                case OTHER -> ALLERGY_UNSPECIFIED;
            };
            c.add(code, Certainty.CONFIRMED, ref(path + ".kinds[" + i + "]", kinds.get(i)));
        }
    }

    private static void skinType(Collector c, SkinType answer) {
        String path = "answers.skinType";
        if (answer.fitzpatrick() != null) {
            AnswerRef type = ref(path + ".fitzpatrick", answer.fitzpatrick());
            switch (answer.fitzpatrick()) {
                case IV, V -> c.add(FITZPATRICK_IV_VI, Certainty.CONFIRMED, type);
                case VI -> {
                    c.add(FITZPATRICK_IV_VI, Certainty.CONFIRMED, type);
                    c.add(FITZPATRICK_VI, Certainty.CONFIRMED, type);
                }
                case UNSURE -> {
                    c.add(FITZPATRICK_IV_VI, Certainty.UNSURE, type);
                    c.add(FITZPATRICK_VI, Certainty.UNSURE, type);
                }
                case I, II, III -> { }
            }
        }
        yesOrUnsure(c, PIH_HISTORY, answer.pigmentationHistory(), path + ".pigmentationHistory", null);
    }

    private static void prp(Collector c, IntakeAnswers a) {
        var prp = a.prp();
        String path = "answers.prp";
        if (prp == null) {
            for (FindingCode code : List.of(PRP_LOW_HB_OR_PLATELETS, PRP_FEVER_OR_ILLNESS, PRP_SEPSIS_OR_INSTABILITY,
                    PRP_CANCER, PRP_NSAID_RECENT, PRP_STEROID_INJECTION_IN_AREA, PRP_SYSTEMIC_STEROID, PRP_TOBACCO)) {
                c.add(code, Certainty.NOT_ASKED, new AnswerRef(path, null));
            }
            return;
        }
        // PRP answers are required only when PRP is requested: any one left out is "not asked", never "no".
        askedOnlyFor(c, PRP_LOW_HB_OR_PLATELETS, prp.lowHemoglobinOrPlatelets(), path + ".lowHemoglobinOrPlatelets");
        askedOnlyFor(c, PRP_FEVER_OR_ILLNESS, prp.feverOrIllnessNow(), path + ".feverOrIllnessNow");
        askedOnlyFor(c, PRP_SEPSIS_OR_INSTABILITY, prp.sepsisOrUnstableCirculation(), path + ".sepsisOrUnstableCirculation");
        askedOnlyFor(c, PRP_CANCER, prp.cancer(), path + ".cancer");
        datedAskedOnlyFor(c, PRP_NSAID_RECENT, prp.nsaids(), path + ".nsaids");
        datedAskedOnlyFor(c, PRP_STEROID_INJECTION_IN_AREA, prp.steroidInjectionInArea(), path + ".steroidInjectionInArea");
        datedAskedOnlyFor(c, PRP_SYSTEMIC_STEROID, prp.systemicSteroids(), path + ".systemicSteroids");
        askedOnlyFor(c, PRP_TOBACCO, prp.tobacco(), path + ".tobacco");
        steroidsNowButNotForPrp(c, a, prp.systemicSteroids(), path + ".systemicSteroids");
    }

    /**
     * Steroid tablets or injections now (medicines step) and "no steroids in the last 2 weeks" (PRP step)
     * cannot both be true: the more cautious is screened, as unsure (a clinician confirms which is right),
     * undated (the course goes on), naming both answers.
     */
    private static void steroidsNowButNotForPrp(Collector c, IntakeAnswers a, DatedAnswer prpSteroids, String prpPath) {
        var treatment = a.immunosuppressiveTreatment();
        if (prpSteroids == null || prpSteroids.status() != YesNoUnsure.NO || treatment == null
                || (treatment.status() != ImmunosuppressiveTreatment.Status.CURRENT
                        && treatment.status() != ImmunosuppressiveTreatment.Status.PLANNED)) {
            return;
        }
        int steroids = treatment.kinds().indexOf(ImmunosuppressiveTreatment.Kind.SYSTEMIC_STEROIDS);
        if (steroids >= 0) {
            c.add(PRP_SYSTEMIC_STEROID, Certainty.UNSURE,
                    ref("answers.immunosuppressiveTreatment.kinds[" + steroids + "]", ImmunosuppressiveTreatment.Kind.SYSTEMIC_STEROIDS),
                    ref(prpPath + ".status", YesNoUnsure.NO));
        }
    }

    private static void datedAskedOnlyFor(Collector c, FindingCode code, DatedAnswer answer, String path) {
        if (answer == null || answer.status() == null) {
            c.add(code, Certainty.NOT_ASKED, new AnswerRef(path, null));
        } else {
            datedAnswer(c, code, answer, path);
        }
    }

    /** A question asked only for some treatments: unanswered means "not asked", never "no". */
    private static void askedOnlyFor(Collector c, FindingCode code, YesNoUnsure answer, String path) {
        if (answer == null) {
            c.add(code, Certainty.NOT_ASKED, new AnswerRef(path, null));
        } else {
            yesOrUnsure(c, code, answer, path, null);
        }
    }

    private static void datedAnswer(Collector c, FindingCode code, DatedAnswer answer, String path) {
        if (answer == null) {
            return;
        }
        if (answer.status() == YesNoUnsure.YES) {
            c.dated(code, Certainty.CONFIRMED, answer.date(), ref(path + ".date", answer.date()));
        } else if (answer.status() == YesNoUnsure.UNSURE) {
            c.add(code, Certainty.UNSURE, ref(path + ".status", YesNoUnsure.UNSURE));
        }
    }

    private static void yesOrUnsure(Collector c, FindingCode code, YesNoUnsure answer, String path, LocalDate date) {
        if (answer == YesNoUnsure.YES || answer == YesNoUnsure.UNSURE) {
            c.dated(code, certaintyOf(answer), answer == YesNoUnsure.YES ? date : null, ref(path, answer));
        }
    }

    private static Certainty certaintyOf(YesNoUnsure answer) {
        return answer == YesNoUnsure.YES ? Certainty.CONFIRMED : Certainty.UNSURE;
    }

    /** No location given counts as in the area: a missing answer is never read as "elsewhere". */
    private static boolean inArea(List<BodyLocation> locations, List<TreatmentArea> areas) {
        if (locations == null || locations.isEmpty()) {
            return true;
        }
        for (BodyLocation location : locations) {
            if (location.isWithin(areas)) {
                return true;
            }
        }
        return false;
    }

    /** Exhaustive on purpose: a new kind of procedure does not compile until it is given its finding. */
    private static FindingCode procedureFinding(RecentProcedures.Type type) {
        return switch (type) {
            case PEEL_SUPERFICIAL -> RECENT_PEEL_SUPERFICIAL;
            case PEEL_MEDIUM, PEEL_DEEP -> RECENT_PEEL_MEDIUM_DEEP;
            case DERMABRASION -> RECENT_DERMABRASION;
            case LASER_ABLATIVE -> RECENT_LASER_ABLATIVE;
            case LASER_NONABLATIVE, IPL -> RECENT_LASER_NONABLATIVE_IPL;
            case RF_OR_ULTRASOUND_DEVICE -> RECENT_RF_ULTRASOUND_DEVICE;
            case MICRODERMABRASION_DERMAPLANING_HYDRAFACIAL -> RECENT_MICRODERMABRASION;
            case MICRONEEDLING -> RECENT_MICRONEEDLING;
            case WAXING_THREADING_DEPILATORY_ELECTROLYSIS -> RECENT_HAIR_REMOVAL;
            case NEUROTOXIN -> RECENT_NEUROTOXIN;
            case FILLER_HA -> RECENT_HA_FILLER;
            case FILLER_BIOSTIMULATOR -> RECENT_BIOSTIMULATOR_FILLER;
            case FILLER_PERMANENT -> PERMANENT_FILLER_IN_AREA;
            case THREAD_LIFT_PDO, THREAD_LIFT_GOLD -> THREADS_IN_AREA;
            case FACIAL_SURGERY -> SURGERY_OR_NEW_SCAR_IN_AREA;
        };
    }

    /** In a treated area or next to one; no location given counts as in the area. */
    private static boolean nearArea(List<BodyLocation> locations, List<TreatmentArea> areas) {
        if (locations == null || locations.isEmpty()) {
            return true;
        }
        return locations.stream().anyMatch(location -> location.isWithinOrNextTo(areas));
    }

    private static AnswerRef ref(String path, Object value) {
        return new AnswerRef(path, value == null ? null : value.toString());
    }

    private static final class Collector {
        private final Findings.Builder builder = Findings.builder();

        void add(FindingCode code, Certainty certainty, AnswerRef... answers) {
            dated(code, certainty, null, answers);
        }

        void dated(FindingCode code, Certainty certainty, LocalDate date, AnswerRef... answers) {
            builder.add(new Finding(code, certainty, date, List.of(answers)));
        }

        void alongside(Finding finding) {
            builder.addNamingBoth(finding);
        }

        Findings build() {
            return builder.build();
        }
    }
}
