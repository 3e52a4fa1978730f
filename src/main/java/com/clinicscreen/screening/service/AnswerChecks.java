package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.AnswerCheck;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.terminology.Terminology;
import com.clinicscreen.screening.terminology.TerminologyClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the answers that the patient's own medicine list contradicts: a listed medicine of a class that a
 * class question asks about (its {@code medicineClasses} in the questionnaire, the one place this mapping is
 * written) while that question was answered "no". Which question covers which class is worked out once, at
 * start; a class the terminology does not know stops the start.
 */
final class AnswerChecks {

    // Class name to the questions that ask about it, in questionnaire order.
    private final Map<String, List<Questionnaire.Item>> questionsByClass = new HashMap<>();
    private final ProblemTexts texts;

    AnswerChecks(Questionnaire questionnaire, Terminology terminology, ProblemTexts texts) {
        this.texts = texts;
        List<String> unknown = new ArrayList<>();
        for (Questionnaire.Item item : questionnaire.items()) {
            for (String name : item.medicineClasses()) {
                if (terminology.terminologyClass(name) == null) {
                    unknown.add(item.id() + ": " + name);
                }
                questionsByClass.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("The questionnaire's medicineClasses name classes the terminology does not "
                    + "have (terminology/classes.tsv): " + unknown);
        }
    }

    /** The contradicted answers, in the order their first medicine is listed; empty when none. */
    List<AnswerCheck> of(ScreeningRequest request, List<MedicineListReader.ReadMedicine> listed, Language language) {
        if (listed.isEmpty()) {
            return List.of();
        }
        // Keyed by the item itself (identity), not hashed through its whole definition.
        Map<Questionnaire.Item, Set<String>> contradicted = new IdentityHashMap<>();
        List<Questionnaire.Item> order = new ArrayList<>();
        for (MedicineListReader.ReadMedicine medicine : listed) {
            for (TerminologyClass each : medicine.classes()) {
                for (Questionnaire.Item question : questionsByClass.getOrDefault(each.name(), List.of())) {
                    Object answer = question.field().read(request);
                    if (answer != null && answer.toString().equals(question.denial().value())) {
                        contradicted.computeIfAbsent(question, k -> {
                            order.add(k);
                            return new LinkedHashSet<>();
                        }).add(medicine.medicine().name());
                    }
                }
            }
        }
        if (contradicted.isEmpty()) {
            return List.of();
        }
        List<AnswerCheck> checks = new ArrayList<>(contradicted.size());
        for (Questionnaire.Item question : order) {
            Set<String> names = contradicted.get(question);
            checks.add(new AnswerCheck(question.fieldTemplate(), question.id(), List.copyOf(names),
                    texts.render(ProblemKey.CHECK_LISTED_MEDICINE, language, String.join(", ", names),
                            question.denial().label().in(language))));
        }
        return List.copyOf(checks);
    }
}
