package com.clinicscreen.screening.questionnaire;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The questionnaire definition file as written (YAML); unknown keys are rejected when it is read. */
public record QuestionnaireDocument(Info questionnaire, List<LocalizedText> rules, Map<String, LocalizedText> sections,
        Map<String, List<OptionDef>> optionSets, List<ItemDef> items) {

    public record Info(String id, String version, LocalizedText title) {}

    public record OptionDef(String value, LocalizedText label, LocalizedText help) {}

    /**
     * One question. {@code required} applies whenever the item is enabled; {@code enableWhen}
     * conditions must all hold; GROUP items repeat their sub-items once per list element. A MEDICINE_LIST
     * item names the {@code search} its form looks medicines up in; a choice item's {@code medicineClasses}
     * are the medicine classes (terminology/classes.tsv) it asks about, so a listed medicine of one of them
     * contradicts its "no" answer.
     */
    public record ItemDef(String id, String section, String field, ItemType type, Boolean required,
            List<ConditionDef> enableWhen, String optionSet, LocalizedText text, LocalizedText help, String unit,
            BigDecimal min, BigDecimal max, Boolean repeats, List<ItemDef> items, List<CodingDef> codes,
            DateRangeDef dates, String search, List<String> medicineClasses) {}

    /**
     * The dates a DATE item accepts: not before the latest of {@code notBefore}, not after the earliest of
     * {@code notAfter}. A bound is "today" (in the clinic's time zone), "evaluationDate" (the planned
     * treatment date, else today), another date field of the request, an ISO date, or "today+P300D".
     */
    public record DateRangeDef(List<String> notBefore, List<String> notAfter) {}

    /** A standard code for the question (e.g. LOINC), published with the FHIR Questionnaire. */
    public record CodingDef(String system, String code, String display) {}

    /** Holds when the answer at {@code field} (or, for a list, any of its elements) is one of {@code anyOf}. */
    public record ConditionDef(String field, List<String> anyOf) {}
}
