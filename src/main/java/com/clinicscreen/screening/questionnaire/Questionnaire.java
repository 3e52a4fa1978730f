package com.clinicscreen.screening.questionnaire;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.CodingDef;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.OptionDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checked questionnaire: items with their request paths resolved. Built once at start. */
public record Questionnaire(String id, String version, LocalizedText title, List<LocalizedText> rules,
        Map<String, LocalizedText> sections, List<Item> items) {

    /**
     * A question. For items inside a repeating group, {@code field} is relative to one list element and
     * {@code fieldTemplate} is the client path with "[]" where the element index goes. {@code search} is a
     * MEDICINE_LIST's look-up; {@code medicineClasses} the medicine classes a choice item asks about, and
     * {@code denial} its answer that says the patient takes none of them (NO, NEVER or NONE).
     */
    public record Item(String id, String section, String fieldTemplate, FieldPath field, ItemType type,
            boolean required, List<Condition> enableWhen, String optionSet, List<OptionDef> options, LocalizedText text,
            LocalizedText help, String unit, BigDecimal min, BigDecimal max, boolean repeats, List<Item> items,
            List<CodingDef> codes, List<DateBound> notBefore, List<DateBound> notAfter, String search,
            List<String> medicineClasses, OptionDef denial) {}

    /**
     * One bound of a date item, as written ({@code text}) and resolved: today, the evaluation date, another
     * date field of the request, or a fixed date; plus an optional period after it.
     */
    public record DateBound(String text, Kind kind, FieldPath field, LocalDate date, Period offset) {

        public enum Kind { TODAY, EVALUATION_DATE, FIELD, DATE }

        /** The bound's date for a request, or null when it names a field that is not answered. */
        public LocalDate resolve(Object request, LocalDate today, LocalDate evaluationDate) {
            LocalDate base = switch (kind) {
                case TODAY -> today;
                case EVALUATION_DATE -> evaluationDate;
                case FIELD -> (LocalDate) field.read(request);
                case DATE -> date;
            };
            return base == null || offset == null ? base : base.plus(offset);
        }
    }

    /**
     * Holds when the value at {@code field} (or any element of a list value) is one of {@code anyOf}.
     * {@code values} are the same answers as the field holds them (enum constants), matched without
     * turning each answer into text per request.
     */
    public record Condition(FieldPath field, Set<String> anyOf, Set<Object> values) {

        public static Condition of(FieldPath field, Set<String> anyOf) {
            if (List.class.isAssignableFrom(field.valueType()) && field.elementType() == null) {
                throw new IllegalArgumentException("'" + field.path() + "': a list condition needs a list of a known type");
            }
            Class<?> type = field.elementType() != null ? field.elementType() : field.valueType();
            Set<Object> values = new HashSet<>(anyOf);
            if (type.isEnum()) {
                values.clear();
                for (Object constant : type.getEnumConstants()) {
                    if (anyOf.contains(constant.toString())) {
                        values.add(constant);
                    }
                }
            }
            return new Condition(field, anyOf, Set.copyOf(values));
        }

        public boolean holds(Object root) {
            return holdsFor(field.read(root));
        }

        /** Whether the condition holds for {@code value}, the value already read at {@code field}. */
        public boolean holdsFor(Object value) {
            // Whether the value is a list comes from the field's type, not from an "instanceof List" per call.
            if (value != null && field.elementType() != null) {
                for (Object element : (List<?>) value) {
                    if (element != null && matches(element)) {
                        return true;
                    }
                }
                return false;
            }
            return value != null && matches(value);
        }

        private boolean matches(Object value) {
            // An enum-typed field's values are its constants; any other field's are matched by their text.
            return values.contains(value) || !valueType().isEnum() && values.contains(value.toString());
        }

        private Class<?> valueType() {
            return field.elementType() != null ? field.elementType() : field.valueType();
        }
    }
}
