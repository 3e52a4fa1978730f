package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.terminology.Classification;
import com.clinicscreen.screening.terminology.CodeSystem;
import com.clinicscreen.screening.terminology.NameMatch;
import com.clinicscreen.screening.terminology.Terminology;
import com.clinicscreen.screening.terminology.TerminologyClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the patient's medicine list (answers.medicines) through the terminology and the medicine search index:
 * each medicine by its RxNorm code and by the medicine names in what the patient wrote, the union of all (a code
 * the data does not hold, or a brand it does not know yet, is still caught by another). The index also knows
 * the medicines of no concern a patient can pick (a vitamin, paracetamol): recognised, with no class. A medicine
 * none of them recognises is kept, marked unrecognised, for staff: it is never dropped.
 */
public final class MedicineListReader {

    private final Terminology terminology;
    private final MedicineIndex search;

    public MedicineListReader(Terminology terminology, MedicineIndex index) {
        this.terminology = terminology;
        this.search = index;
    }

    /**
     * One listed medicine as read: its place in the list, the medicine, whether the terminology knows it, and
     * its classes (empty for one of no concern, or one not recognised).
     */
    public record ReadMedicine(int index, ListedMedicine medicine, boolean recognised, List<TerminologyClass> classes) {

        /** Its request path, as the client wrote the list. */
        public String field() {
            return "answers.medicines[" + index + "]";
        }
    }

    /** The medicines in list order; empty for an absent list (not asked), which says nothing. */
    public List<ReadMedicine> read(List<ListedMedicine> medicines) {
        if (medicines == null || medicines.isEmpty()) {
            return List.of();
        }
        List<ReadMedicine> read = new ArrayList<>(medicines.size());
        for (int i = 0; i < medicines.size(); i++) {
            ListedMedicine medicine = medicines.get(i);
            if (medicine == null) {
                continue; // refused by validation before any screening
            }
            read.add(read(i, medicine));
        }
        return List.copyOf(read);
    }

    private ReadMedicine read(int index, ListedMedicine medicine) {
        List<TerminologyClass> classes = new ArrayList<>();
        boolean recognised = false;
        Classification coded = medicine.rxcui() == null ? null : terminology.medication(CodeSystem.RXNORM.uri(), medicine.rxcui());
        if (coded != null) {
            recognised = true;
            addAll(classes, coded.classes());
        }
        for (NameMatch match : terminology.medicineNames(medicine.name())) {
            recognised = true;
            addAll(classes, match.classes());
        }
        // The search's own names, picked (by rxcui) or typed in full (by name); a typo is not guessed at here.
        List<String> indexed = search.classesOf(medicine.rxcui(), medicine.name());
        if (indexed != null) {
            recognised = true;
            for (String code : indexed) {
                TerminologyClass each = terminology.terminologyClass(code);
                if (each != null && !classes.contains(each)) {
                    classes.add(each);
                }
            }
        }
        return new ReadMedicine(index, medicine, recognised, List.copyOf(classes));
    }

    private static void addAll(List<TerminologyClass> into, List<TerminologyClass> more) {
        for (TerminologyClass each : more) {
            if (!into.contains(each)) {
                into.add(each);
            }
        }
    }
}
