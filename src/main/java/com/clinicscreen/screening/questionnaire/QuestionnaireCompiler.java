package com.clinicscreen.screening.questionnaire;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.api.YesNo;
import com.clinicscreen.screening.api.YesNoUnsure;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.ConditionDef;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.ItemDef;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.OptionDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the questionnaire against the request records it fills: every field exists, answer types
 * match field types, and each choice offers exactly the values the API accepts. A mismatch is a
 * defect of the service, so it stops the start with every problem listed.
 */
final class QuestionnaireCompiler {

    /** The answers by which a class question says the patient takes none of its medicines. */
    private static final Set<String> DENIALS = Set.of("NO", "NEVER", "NONE");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private QuestionnaireDocument doc;

    static Questionnaire compile(QuestionnaireDocument doc, String location) {
        QuestionnaireCompiler compiler = new QuestionnaireCompiler();
        compiler.doc = doc;
        Questionnaire questionnaire = compiler.build();
        if (!compiler.problems.isEmpty()) {
            throw new IllegalStateException("Questionnaire " + location + " does not match the API:\n  - "
                    + String.join("\n  - ", compiler.problems));
        }
        return questionnaire;
    }

    private Questionnaire build() {
        if (doc.questionnaire() == null || doc.questionnaire().id() == null || doc.questionnaire().version() == null) {
            problems.add("questionnaire: 'id' and 'version' are required");
            return null;
        }
        text(doc.questionnaire().title(), "questionnaire.title");
        Map<String, LocalizedText> sections = doc.sections() == null ? Map.of() : doc.sections();
        sections.forEach((id, title) -> text(title, "sections." + id));
        List<Questionnaire.Item> items = new ArrayList<>();
        for (ItemDef def : doc.items() == null ? List.<ItemDef>of() : doc.items()) {
            Questionnaire.Item item = item(def, ScreeningRequest.class, "");
            if (item != null) {
                items.add(item);
            }
        }
        List<LocalizedText> rules = doc.rules() == null ? List.of() : List.copyOf(doc.rules());
        for (int i = 0; i < rules.size(); i++) {
            text(rules.get(i), "rules[" + i + "]");
        }
        return new Questionnaire(doc.questionnaire().id(), doc.questionnaire().version(), doc.questionnaire().title(),
                rules, sections, List.copyOf(items));
    }

    private Questionnaire.Item item(ItemDef def, Class<?> root, String prefix) {
        String where = "items[" + def.id() + "]";
        if (def.id() == null || !ids.add(def.id())) {
            problems.add(where + ": missing or duplicate id");
        }
        if (def.section() != null && (doc.sections() == null || !doc.sections().containsKey(def.section()))) {
            problems.add(where + ".section: unknown section '" + def.section() + "'");
        }
        text(def.text(), where + ".text");
        if (def.help() != null) {
            text(def.help(), where + ".help");
        }
        if (def.field() == null || def.type() == null) {
            problems.add(where + ": 'field' and 'type' are required");
            return null;
        }
        String relative = def.field().startsWith(prefix) ? def.field().substring(prefix.length()) : def.field();
        FieldPath field;
        try {
            field = FieldPath.resolve(root, relative);
        } catch (IllegalArgumentException e) {
            problems.add(where + ".field: " + e.getMessage());
            return null;
        }
        checkType(def, field, where);
        List<OptionDef> options = options(def, field, where);
        List<Questionnaire.Condition> conditions = new ArrayList<>();
        for (ConditionDef condition : def.enableWhen() == null ? List.<ConditionDef>of() : def.enableWhen()) {
            try {
                conditions.add(Questionnaire.Condition.of(FieldPath.resolve(ScreeningRequest.class, condition.field()),
                        new LinkedHashSet<>(condition.anyOf())));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + ".enableWhen: " + e.getMessage());
            }
        }
        List<Questionnaire.Item> children = new ArrayList<>();
        boolean repeats = Boolean.TRUE.equals(def.repeats());
        if (def.type() == ItemType.GROUP) {
            if (!repeats || field.elementType() == null || !field.elementType().isRecord()) {
                problems.add(where + ": a GROUP must repeat over a list of objects");
            } else {
                for (ItemDef child : def.items() == null ? List.<ItemDef>of() : def.items()) {
                    Questionnaire.Item item = item(child, field.elementType(), def.field() + "[].");
                    if (item != null) {
                        children.add(item);
                    }
                }
            }
        }
        List<Questionnaire.DateBound> notBefore = List.of();
        List<Questionnaire.DateBound> notAfter = List.of();
        if (def.dates() != null) {
            if (def.type() != ItemType.DATE) {
                problems.add(where + ".dates: only a DATE item has a date range");
            }
            notBefore = bounds(def.dates().notBefore(), where + ".dates.notBefore");
            notAfter = bounds(def.dates().notAfter(), where + ".dates.notAfter");
        } else if (def.type() == ItemType.DATE) {
            problems.add(where + ".dates: a DATE item states the dates it accepts");
        }
        if (def.type() == ItemType.MEDICINE_LIST) {
            if (field.elementType() != ListedMedicine.class) {
                problems.add(where + ".type: MEDICINE_LIST fills a list of ListedMedicine");
            }
            if (def.search() == null || !def.search().startsWith("/")) {
                problems.add(where + ".search: a MEDICINE_LIST names the path of its medicine search");
            }
        } else if (def.search() != null) {
            problems.add(where + ".search: only a MEDICINE_LIST has a search");
        }
        List<String> medicineClasses = def.medicineClasses() == null ? List.of() : List.copyOf(def.medicineClasses());
        OptionDef denial = null;
        if (!medicineClasses.isEmpty()) {
            denial = options.stream().filter(o -> DENIALS.contains(o.value())).findFirst().orElse(null);
            if (denial == null) {
                problems.add(where + ".medicineClasses: only a choice item with a " + DENIALS + " answer asks about medicine classes");
            }
        }
        return new Questionnaire.Item(def.id(), def.section(), def.field(), field, def.type(),
                Boolean.TRUE.equals(def.required()), List.copyOf(conditions), def.optionSet(), options, def.text(),
                def.help(), def.unit(), def.min(), def.max(), repeats, List.copyOf(children),
                def.codes() == null ? List.of() : List.copyOf(def.codes()), notBefore, notAfter, def.search(),
                medicineClasses, denial);
    }

    private List<Questionnaire.DateBound> bounds(List<String> texts, String where) {
        List<Questionnaire.DateBound> bounds = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            String[] parts = text.split("\\+", 2);
            Period offset = null;
            if (parts.length == 2) {
                try {
                    offset = Period.parse(parts[1]);
                } catch (DateTimeParseException e) {
                    problems.add(where + ": '" + text + "' has no ISO-8601 period after '+'");
                    continue;
                }
            }
            String base = parts[0];
            if (base.equals("today")) {
                bounds.add(new Questionnaire.DateBound(text, Questionnaire.DateBound.Kind.TODAY, null, null, offset));
            } else if (base.equals("evaluationDate")) {
                bounds.add(new Questionnaire.DateBound(text, Questionnaire.DateBound.Kind.EVALUATION_DATE, null, null,
                        offset));
            } else if (base.startsWith("answers.")) {
                try {
                    FieldPath path = FieldPath.resolve(ScreeningRequest.class, base);
                    if (path.valueType() != LocalDate.class) {
                        problems.add(where + ": '" + base + "' is not a date field");
                    } else {
                        bounds.add(new Questionnaire.DateBound(text, Questionnaire.DateBound.Kind.FIELD, path, null,
                                offset));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            } else {
                try {
                    bounds.add(new Questionnaire.DateBound(text, Questionnaire.DateBound.Kind.DATE, null,
                            LocalDate.parse(base), offset));
                } catch (DateTimeParseException e) {
                    problems.add(where + ": '" + text + "' is not today, evaluationDate, a date field or a date");
                }
            }
        }
        return List.copyOf(bounds);
    }

    private void checkType(ItemDef def, FieldPath field, String where) {
        Class<?> expected = switch (def.type()) {
            case YES_NO_UNSURE -> YesNoUnsure.class;
            case YES_NO -> YesNo.class;
            case DATE -> LocalDate.class;
            case NUMBER -> BigDecimal.class;
            case MULTIPLE_CHOICE, GROUP, MEDICINE_LIST -> List.class;
            case SINGLE_CHOICE -> field.valueType().isEnum() || field.valueType() == String.class ? field.valueType() : Enum.class;
        };
        if (!expected.isAssignableFrom(field.valueType())) {
            problems.add(where + ".type: " + def.type() + " does not fit field type " + field.valueType().getSimpleName());
        }
    }

    private List<OptionDef> options(ItemDef def, FieldPath field, String where) {
        boolean choice = switch (def.type()) {
            case YES_NO_UNSURE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE -> true;
            default -> false;
        };
        if (!choice) {
            if (def.optionSet() != null) {
                problems.add(where + ".optionSet: only choice items have options");
            }
            return List.of();
        }
        List<OptionDef> options = doc.optionSets() == null ? null : doc.optionSets().get(def.optionSet());
        if (options == null) {
            problems.add(where + ".optionSet: unknown option set '" + def.optionSet() + "'");
            return List.of();
        }
        Class<?> valueType = def.type() == ItemType.MULTIPLE_CHOICE ? field.elementType() : field.valueType();
        Set<String> offered = new LinkedHashSet<>();
        for (OptionDef option : options) {
            offered.add(option.value());
            text(option.label(), where + ".options[" + option.value() + "].label");
        }
        if (valueType != null && valueType.isEnum()) {
            Set<String> accepted = new LinkedHashSet<>();
            Arrays.stream(valueType.getEnumConstants()).forEach(c -> accepted.add(((Enum<?>) c).name()));
            if (!accepted.equals(offered)) {
                problems.add(where + ".optionSet: offers " + offered + " but the API accepts " + accepted);
            }
        }
        return List.copyOf(options);
    }

    private void text(LocalizedText text, String where) {
        if (text == null || !text.isComplete()) {
            problems.add(where + ": text in English and Spanish is required");
        }
    }
}
