package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.api.RecentProcedures;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.questionnaire.PathReader;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questionnaire's rules for a request (the {@code @FollowsQuestionnaire} constraint): which answers
 * are required and when, which dates each date item accepts and each choice at most once all come from
 * the published questionnaire, so the form a widget renders from it and the API can never disagree; and
 * a treatment the clinic offers, planned within the horizon. Shapes and limits that need no questionnaire
 * (lengths, list sizes, null entries, number ranges) are Jakarta Validation constraints on the records,
 * checked in the same pass, so a request with those wrong still gets every other problem listed.
 */
public final class IntakeValidator {

    static final LocalDate EARLIEST_PLANNED_DATE = LocalDate.of(2000, 1, 1);

    /** The dates the bounds of date items resolve against, for one request. */
    private record Dates(LocalDate today, LocalDate evaluation) {}

    /** A top-level item with the slots its value and its conditions' values are read into. */
    private record Slotted(Questionnaire.Item item, int slot, int[] conditionSlots) {}

    private final Policy policy;
    private final int planningHorizonDays;
    // Top-level answers and condition fields are read in one pass per request (PathReader); items inside
    // a repeating group are read from their entry.
    private final PathReader reader = new PathReader();
    private final List<Slotted> items = new ArrayList<>();

    public IntakeValidator(Questionnaire questionnaire, Policy policy, int planningHorizonDays) {
        this.policy = policy;
        this.planningHorizonDays = planningHorizonDays;
        for (Questionnaire.Item item : questionnaire.items()) {
            int[] conditionSlots = item.enableWhen().stream().mapToInt(c -> reader.slot(c.field())).toArray();
            items.add(new Slotted(item, reader.slot(item.field()), conditionSlots));
        }
    }

    /**
     * Every way the request breaks the questionnaire's rules; empty when it follows them.
     * {@code request.treatment()} is already defaulted. Answers missing altogether are the constraints' to report.
     */
    public List<FieldProblem> validate(ScreeningRequest request, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        if (request.treatment() != null && !isRequestable(request.treatment())) {
            errors.add(FieldProblem.of("treatment", policy.treatments().containsKey(request.treatment())
                    ? ProblemKey.TREATMENT_NOT_REQUESTABLE : ProblemKey.TREATMENT_UNKNOWN, policy.requestableCodes()));
        }
        if (request.answers() == null) {
            return errors;
        }
        Dates dates = plannedDate(request, today, errors);
        Object[] values = reader.read(request);
        for (Slotted slotted : items) {
            if (enabled(slotted, values)) {
                Questionnaire.Item item = slotted.item();
                checkValue(item, values[slotted.slot()], request, item.fieldTemplate(), dates, errors);
            }
        }
        return errors;
    }

    /**
     * The questions of an in-progress intake that are shown and required but not answered yet, as field paths
     * in questionnaire order. A question of its own is one shown whatever the other answers are (it may depend
     * on the treatment, a request field): a follow-up (shown by another answer, like a due date after "yes")
     * is not counted here, so an answer given without its follow-ups stays an error, as in a full screening.
     */
    public List<String> unanswered(ScreeningRequest request) {
        List<String> unanswered = new ArrayList<>();
        if (request.answers() == null) {
            return unanswered;
        }
        Object[] values = reader.read(request);
        for (Slotted slotted : items) {
            Questionnaire.Item item = slotted.item();
            if (item.required() && isOwnQuestion(item) && isEmpty(item, values[slotted.slot()]) && enabled(slotted, values)) {
                unanswered.add(item.fieldTemplate());
            }
        }
        return unanswered;
    }

    private static boolean isOwnQuestion(Questionnaire.Item item) {
        for (Questionnaire.Condition condition : item.enableWhen()) {
            if (condition.field().path().startsWith("answers.")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Questionnaire.Item item, Object value) {
        boolean list = item.type() == ItemType.MULTIPLE_CHOICE || item.type() == ItemType.GROUP;
        return value == null || list && ((List<?>) value).isEmpty();
    }

    private static boolean enabled(Slotted slotted, Object[] values) {
        List<Questionnaire.Condition> conditions = slotted.item().enableWhen();
        for (int i = 0; i < slotted.conditionSlots().length; i++) {
            if (!conditions.get(i).holdsFor(values[slotted.conditionSlots()[i]])) {
                return false;
            }
        }
        return true;
    }

    private boolean isRequestable(String code) {
        var treatment = policy.treatments().get(code);
        return treatment != null && treatment.requestable() && treatment.offered();
    }

    /** An item inside a repeating group's entry ({@code scope}); its conditions read from the request. */
    private void checkItem(Questionnaire.Item item, ScreeningRequest request, Object scope, String path, Dates dates,
            List<FieldProblem> errors) {
        for (Questionnaire.Condition condition : item.enableWhen()) {
            if (!condition.holds(request)) {
                return;
            }
        }
        checkValue(item, item.field().read(scope), request, path, dates, errors);
    }

    private void checkValue(Questionnaire.Item item, Object value, ScreeningRequest request, String path, Dates dates,
            List<FieldProblem> errors) {
        // The item's type says whether its value is a list: an "instanceof List" on every answer costs more
        // than the rest of the check (an interface test scans the value class's supertypes).
        boolean list = item.type() == ItemType.MULTIPLE_CHOICE || item.type() == ItemType.GROUP;
        if (value == null || list && ((List<?>) value).isEmpty()) {
            if (item.required()) {
                errors.add(FieldProblem.of(path, value == null ? ProblemKey.REQUIRED : ProblemKey.NEEDS_AN_ENTRY));
            }
            return;
        }
        if (item.type() == ItemType.DATE) {
            checkDate(item, (LocalDate) value, request, path, dates, errors);
        } else if (item.type() == ItemType.MULTIPLE_CHOICE) {
            checkChoices((List<?>) value, path, errors);
        } else if (item.type() == ItemType.GROUP) {
            List<?> entries = (List<?>) value;
            if (entries.size() > RecentProcedures.MAX_ENTRIES) {
                return; // refused by its size constraint; checking thousands of entries would only repeat it
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) == null) {
                    continue; // refused by the element constraint
                }
                for (Questionnaire.Item child : item.items()) {
                    checkItem(child, request, entries.get(i), child.fieldTemplate().replace("[]", "[" + i + "]"), dates,
                            errors);
                }
            }
        }
    }

    private static void checkChoices(List<?> values, String path, List<FieldProblem> errors) {
        // Choices are enum constants: a bit per constant finds a repeat without hashing (profiled: a
        // HashSet here was most of a request check's time); other values fall back to a set.
        long seenConstants = 0;
        Set<Object> seen = null;
        for (int i = 0; i < values.size(); i++) {
            Object choice = values.get(i);
            boolean repeated;
            if (choice instanceof Enum<?> constant && constant.ordinal() < Long.SIZE) {
                long bit = 1L << constant.ordinal();
                repeated = (seenConstants & bit) != 0;
                seenConstants |= bit;
            } else {
                seen = seen == null ? new HashSet<>() : seen;
                repeated = choice != null && !seen.add(choice);
            }
            if (repeated) {
                errors.add(FieldProblem.of(path + "[" + i + "]", ProblemKey.LISTED_TWICE));
                return;
            }
        }
    }

    /** The planned date (a request field, not a question); null dates when it is out of range. */
    private Dates plannedDate(ScreeningRequest request, LocalDate today, List<FieldProblem> errors) {
        LocalDate planned = request.plannedTreatmentDate();
        if (planned == null) {
            return new Dates(today, today);
        }
        LocalDate horizon = today.plusDays(planningHorizonDays);
        if (planned.isBefore(EARLIEST_PLANNED_DATE) || planned.isAfter(horizon)) {
            errors.add(FieldProblem.of("plannedTreatmentDate", ProblemKey.PLANNED_DATE_RANGE, EARLIEST_PLANNED_DATE,
                    horizon, planningHorizonDays));
            return null;
        }
        return new Dates(today, planned);
    }

    /** Not before the latest of the item's lower bounds, not after the earliest of its upper bounds. */
    private static void checkDate(Questionnaire.Item item, LocalDate date, ScreeningRequest request, String path,
            Dates dates, List<FieldProblem> errors) {
        if (dates == null) {
            return; // the planned date is already refused: bounds relative to it mean nothing
        }
        for (Questionnaire.DateBound bound : item.notAfter()) {
            LocalDate latest = bound.resolve(request, dates.today(), dates.evaluation());
            if (latest != null && date.isAfter(latest)) {
                errors.add(FieldProblem.of(path, ProblemKey.DATE_NOT_AFTER, latest, bound.text()));
                return;
            }
        }
        for (Questionnaire.DateBound bound : item.notBefore()) {
            LocalDate earliest = bound.resolve(request, dates.today(), dates.evaluation());
            if (earliest != null && date.isBefore(earliest)) {
                errors.add(FieldProblem.of(path, ProblemKey.DATE_NOT_BEFORE, earliest, bound.text()));
                return;
            }
        }
    }
}
