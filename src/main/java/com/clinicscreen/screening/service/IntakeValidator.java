package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.api.RecentProcedures;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.questionnaire.FieldPath;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a request before anything is screened. Which answers are required, and when, comes from the
 * published questionnaire, so the form a widget renders and the API can never disagree. Date logic
 * (nothing in the future that must be past, nothing before birth, consistent dose dates) is here.
 */
public final class IntakeValidator {

    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate EARLIEST_PLANNED_DATE = LocalDate.of(2000, 1, 1);
    static final int MAX_PREGNANCY_DAYS_AHEAD = 300;

    /** Dates of events that must lie between the date of birth and the evaluation date. */
    private static final List<FieldPath> PAST_EVENT_DATES = Stream.of("answers.isotretinoin.firstDoseDate",
            "answers.isotretinoin.lastDoseDate", "answers.topicals.lastUseDate", "answers.radiationToArea.completedDate",
            "answers.sun.sunburn.date", "answers.sun.tanning.date", "answers.surgeryOrNewScarInArea.date",
            "answers.prp.nsaids.date", "answers.prp.steroidInjectionInArea.date", "answers.prp.systemicSteroids.date")
            .map(path -> FieldPath.resolve(ScreeningRequest.class, path)).toList();

    private final Questionnaire questionnaire;
    private final Policy policy;
    private final int planningHorizonDays;
    private final int maxListItems;
    private final int maxStringLength;

    public IntakeValidator(Questionnaire questionnaire, Policy policy, int planningHorizonDays, int maxListItems,
            int maxStringLength) {
        this.questionnaire = questionnaire;
        this.policy = policy;
        this.planningHorizonDays = planningHorizonDays;
        this.maxListItems = maxListItems;
        this.maxStringLength = maxStringLength;
    }

    /** Every problem of the request; empty when it can be screened. {@code request.treatment()} is already defaulted. */
    public List<FieldError> validate(ScreeningRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.treatment().length() > maxStringLength) {
            errors.add(FieldError.of("treatment", "is longer than " + maxStringLength + " characters"));
        } else if (!isRequestable(request.treatment())) {
            errors.add(FieldError.of("treatment", (policy.treatments().containsKey(request.treatment())
                    ? "cannot be requested: this intake does not fully screen it, or the clinic does not offer it; "
                    : "unknown treatment; ") + "requestable: " + policy.requestableCodes()));
        }
        if (request.answers() == null) {
            errors.add(FieldError.of("answers", "is required"));
            return errors;
        }
        for (Questionnaire.Item item : questionnaire.items()) {
            checkItem(item, request, request, item.fieldTemplate(), errors);
        }
        checkDates(request, today, errors);
        return errors;
    }

    private boolean isRequestable(String code) {
        var treatment = policy.treatments().get(code);
        return treatment != null && treatment.requestable() && treatment.offered();
    }

    private void checkItem(Questionnaire.Item item, ScreeningRequest request, Object scope, String path,
            List<FieldError> errors) {
        for (Questionnaire.Condition condition : item.enableWhen()) {
            if (!condition.holds(request)) {
                return;
            }
        }
        Object value = item.field().read(scope);
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            if (item.required()) {
                errors.add(FieldError.of(path, value == null ? "is required" : "needs at least one entry"));
            }
            return;
        }
        if (item.type() == ItemType.MULTIPLE_CHOICE) {
            checkChoices((List<?>) value, path, errors);
        } else if (item.type() == ItemType.NUMBER) {
            BigDecimal number = (BigDecimal) value;
            if ((item.min() != null && number.compareTo(item.min()) < 0)
                    || (item.max() != null && number.compareTo(item.max()) > 0)) {
                errors.add(FieldError.of(path, "must be between " + item.min() + " and " + item.max()
                        + (item.unit() == null ? "" : " " + item.unit())));
            }
        } else if (item.type() == ItemType.GROUP) {
            List<?> entries = (List<?>) value;
            if (entries.size() > maxListItems) {
                errors.add(FieldError.of(path, "at most " + maxListItems + " entries are accepted"));
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                String entryPath = path + "[" + i + "]";
                if (entries.get(i) == null) {
                    errors.add(FieldError.of(entryPath, "must not be null"));
                    continue;
                }
                for (Questionnaire.Item child : item.items()) {
                    checkItem(child, request, entries.get(i), child.fieldTemplate().replace("[]", "[" + i + "]"), errors);
                }
            }
        }
    }

    private static void checkChoices(List<?> values, String path, List<FieldError> errors) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Object choice = values.get(i);
            if (choice == null) {
                errors.add(FieldError.of(path + "[" + i + "]", "must not be null"));
                return;
            }
            if (!seen.add(choice)) {
                errors.add(FieldError.of(path + "[" + i + "]", "is listed more than once"));
                return;
            }
        }
    }

    private void checkDates(ScreeningRequest request, LocalDate today, List<FieldError> errors) {
        IntakeAnswers a = request.answers();
        LocalDate evaluation = request.plannedTreatmentDate() == null ? today : request.plannedTreatmentDate();
        if (request.plannedTreatmentDate() != null) {
            LocalDate horizon = today.plusDays(planningHorizonDays);
            if (evaluation.isBefore(EARLIEST_PLANNED_DATE) || evaluation.isAfter(horizon)) {
                errors.add(FieldError.of("plannedTreatmentDate", "must be between " + EARLIEST_PLANNED_DATE + " and "
                        + horizon + " (" + planningHorizonDays + " days from today)"));
                return;
            }
        }
        LocalDate latestPast = evaluation.isBefore(today) ? evaluation : today;
        LocalDate birth = a.dateOfBirth();
        if (birth != null && (birth.isBefore(EARLIEST_DATE) || birth.isAfter(latestPast))) {
            errors.add(FieldError.of("answers.dateOfBirth", "must be between " + EARLIEST_DATE + " and the evaluation date "
                    + latestPast));
            birth = null;
        }
        LocalDate earliest = birth == null ? EARLIEST_DATE : birth;
        for (FieldPath date : PAST_EVENT_DATES) {
            past(date.path(), (LocalDate) date.read(request), earliest, latestPast, errors);
        }
        if (a.proceduresInArea() != null && a.proceduresInArea().procedures() != null) {
            List<RecentProcedures.Procedure> procedures = a.proceduresInArea().procedures();
            for (int i = 0; i < Math.min(procedures.size(), maxListItems); i++) {
                if (procedures.get(i) != null) {
                    past("answers.proceduresInArea.procedures[" + i + "].date", procedures.get(i).date(), earliest,
                            latestPast, errors);
                }
            }
        }
        if (a.isotretinoin() != null) {
            LocalDate first = a.isotretinoin().firstDoseDate();
            LocalDate last = a.isotretinoin().lastDoseDate();
            if (first != null && last != null && last.isBefore(first)) {
                errors.add(FieldError.of("answers.isotretinoin.lastDoseDate", "is before the first dose date"));
            }
        }
        if (a.pregnancy() != null && a.pregnancy().dueDate() != null) {
            LocalDate due = a.pregnancy().dueDate();
            if (due.isBefore(today) || due.isAfter(today.plusDays(MAX_PREGNANCY_DAYS_AHEAD))) {
                errors.add(FieldError.of("answers.pregnancy.dueDate", "must be between today (" + today + ") and "
                        + MAX_PREGNANCY_DAYS_AHEAD + " days ahead"));
            }
        }
        if (a.breastfeeding() != null && a.breastfeeding().plannedEndDate() != null
                && a.breastfeeding().plannedEndDate().isBefore(today)) {
            errors.add(FieldError.of("answers.breastfeeding.plannedEndDate", "must not be in the past"));
        }
    }

    private static void past(String path, LocalDate date, LocalDate earliest, LocalDate latest,
            List<FieldError> errors) {
        if (date == null) {
            return;
        }
        if (date.isAfter(latest)) {
            errors.add(FieldError.of(path, "must not be after the evaluation date (" + latest + ")"));
        } else if (date.isBefore(earliest)) {
            errors.add(FieldError.of(path, earliest == EARLIEST_DATE ? "must not be before " + EARLIEST_DATE
                    : "must not be before the date of birth"));
        }
    }
}
