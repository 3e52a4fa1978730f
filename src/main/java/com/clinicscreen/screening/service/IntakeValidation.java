package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.FollowsQuestionnaire;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.problems.ConstraintMessages;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request in one Jakarta Validation pass: the constraints on the request records, and the
 * questionnaire's rules as the class-level {@link FollowsQuestionnaire} constraint, whose validator is
 * bound here to this service's questionnaire, policy and calendar (plain tests build the service by hand
 * with a fixed "today", so the binding cannot be a global bean). One error list for both, each error
 * with its path as the client wrote it, in questionnaire order.
 */
final class IntakeValidation {

    private final IntakeValidator rules;
    private final ClinicCalendar calendar;
    // The request's Jakarta constraints as plain checks; absent if one is of a kind not compiled (then the
    // validator checks every request).
    private final Optional<CompiledConstraints> constraints;
    private final Map<String, Integer> order = new HashMap<>();
    // Built for the first request with a problem: most requests have none, and building it took 0.15-0.2 s
    // of the first request's time.
    private HibernateValidatorFactory factory;

    /** The questionnaire's errors for one request, carried out of the validator as the violation's payload. */
    private record QuestionnaireErrors(List<FieldProblem> errors) {}

    /**
     * {@code constraintMetadata} is any validator that knows the request records (the application's own):
     * their constraints are compiled from it once.
     */
    IntakeValidation(IntakeValidator rules, ClinicCalendar calendar, Questionnaire questionnaire,
            Validator constraintMetadata) {
        this.calendar = calendar;
        this.rules = rules;
        this.constraints = CompiledConstraints.of(constraintMetadata, ScreeningRequest.class);
        // A constraint whose message is not a problem key would have no text to answer with.
        ConstraintMessages.check(constraintMetadata, ScreeningRequest.class);
        order.put("treatment", 0);
        order.put("plannedTreatmentDate", 1);
        order.put("answers", 2);
        for (Questionnaire.Item item : questionnaire.items()) {
            order.putIfAbsent(item.fieldTemplate(), order.size());
            item.items().forEach(child -> order.putIfAbsent(child.fieldTemplate(), order.size()));
        }
    }

    /**
     * Every problem of the request, in questionnaire order; empty when it can be screened. {@code today} is
     * the day the caller screens on, so dates are checked against the same day they are evaluated on.
     */
    List<FieldProblem> problems(ScreeningRequest request, LocalDate today) {
        // The usual request keeps every constraint and rule: known cheaply, without the validator's
        // reflection. Otherwise the validator runs, for the complete list of problems.
        if (constraints.isPresent() && constraints.get().holdFor(request) && rules.validate(request, today).isEmpty()) {
            return List.of();
        }
        Validator validator = factory().usingContext().constraintValidatorPayload(today).getValidator();
        Set<ConstraintViolation<ScreeningRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return List.of();
        }
        Set<FieldProblem> errors = new LinkedHashSet<>();
        for (ConstraintViolation<ScreeningRequest> violation : violations) {
            QuestionnaireErrors questionnaire = (QuestionnaireErrors) violation
                    .unwrap(HibernateConstraintViolation.class).getDynamicPayload(QuestionnaireErrors.class);
            if (questionnaire != null) {
                errors.addAll(questionnaire.errors());
            } else {
                errors.add(new FieldProblem(path(violation.getPropertyPath()), ConstraintMessages.of(violation)));
            }
        }
        List<FieldProblem> sorted = new ArrayList<>(errors);
        // The validator reports in no set order: the key orders a field's problems, so a response is stable.
        sorted.sort(Comparator.comparingInt((FieldProblem e) -> rank(e.field())).thenComparing(FieldProblem::field)
                .thenComparing(FieldProblem::key));
        return sorted;
    }

    /**
     * An in-progress intake's problems: everything a full screening would refuse except the required questions
     * not answered yet, which are listed apart ({@link IntakeValidator#unanswered}). The answers given are
     * checked exactly as in a full screening.
     */
    Partial partialProblems(ScreeningRequest request, LocalDate today) {
        List<String> unanswered = rules.unanswered(request);
        Set<String> open = Set.copyOf(unanswered);
        if (constraints.isPresent() && constraints.get().holdFor(request)
                && without(rules.validate(request, today), open).isEmpty()) {
            return new Partial(List.of(), unanswered);
        }
        return new Partial(without(problems(request, today), open), unanswered);
    }

    /** What {@link #partialProblems} finds: the errors, and the required questions not answered yet. */
    record Partial(List<FieldProblem> errors, List<String> unanswered) {}

    private static List<FieldProblem> without(List<FieldProblem> errors, Set<String> unanswered) {
        if (errors.isEmpty() || unanswered.isEmpty()) {
            return errors;
        }
        List<FieldProblem> kept = new ArrayList<>(errors.size());
        for (FieldProblem error : errors) {
            if (!unanswered.contains(error.field())) {
                kept.add(error);
            }
        }
        return kept;
    }

    /**
     * The validator that lists every problem, with the questionnaire's rules as the validator of
     * {@link FollowsQuestionnaire}, bound to this service's questionnaire, policy and calendar.
     */
    private synchronized HibernateValidatorFactory factory() {
        if (factory == null) {
            HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
            ConstraintMapping mapping = configuration.createConstraintMapping();
            mapping.constraintDefinition(FollowsQuestionnaire.class).includeExistingValidators(false)
                    .validatedBy(QuestionnaireRules.class);
            ConstraintValidator<FollowsQuestionnaire, ScreeningRequest> bound = new QuestionnaireRules(rules, calendar);
            ConstraintValidatorFactory defaults = configuration.getDefaultConstraintValidatorFactory();
            factory = configuration.addMapping(mapping)
                    // Messages are plain text with {max}-style parameters: no expression language needed.
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .constraintValidatorFactory(new ConstraintValidatorFactory() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                            return key == QuestionnaireRules.class ? (T) bound : defaults.getInstance(key);
                        }

                        @Override
                        public void releaseInstance(ConstraintValidator<?, ?> instance) {
                            if (instance != bound) {
                                defaults.releaseInstance(instance);
                            }
                        }
                    })
                    .buildValidatorFactory().unwrap(HibernateValidatorFactory.class);
        }
        return factory;
    }

    /** The client's spelling of a violation's path: names joined by dots, list positions as [i]. */
    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(node.getName());
            }
        }
        return text.toString();
    }

    /** Where the field's question stands in the questionnaire (list positions do not count). */
    private int rank(String field) {
        StringBuilder template = new StringBuilder(field.length());
        boolean inIndex = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '[') {
                inIndex = true;
                template.append("[]");
            } else if (c == ']') {
                inIndex = false;
            } else if (!inIndex) {
                template.append(c);
            }
        }
        String key = template.toString();
        Integer rank = order.get(key);
        if (rank == null && key.endsWith("[]")) {
            rank = order.get(key.substring(0, key.length() - 2));
        }
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    /** The questionnaire's rules as the validator of {@link FollowsQuestionnaire}. */
    static final class QuestionnaireRules implements ConstraintValidator<FollowsQuestionnaire, ScreeningRequest> {

        private final IntakeValidator rules;
        private final ClinicCalendar calendar;

        QuestionnaireRules(IntakeValidator rules, ClinicCalendar calendar) {
            this.rules = rules;
            this.calendar = calendar;
        }

        @Override
        public boolean isValid(ScreeningRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            LocalDate today = hibernate.getConstraintValidatorPayload(LocalDate.class);
            List<FieldProblem> errors = rules.validate(request, today != null ? today : calendar.today());
            if (errors.isEmpty()) {
                return true;
            }
            hibernate.withDynamicPayload(new QuestionnaireErrors(errors));
            return false;
        }
    }
}
