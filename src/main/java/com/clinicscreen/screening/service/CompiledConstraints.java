package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.FollowsQuestionnaire;
import com.clinicscreen.screening.questionnaire.FieldPath;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * The Jakarta constraints of the request records, read once from the validator's own metadata and turned
 * into plain checks, so a request that keeps them all is known to without the validator's per-request
 * reflection. It only answers "every constraint holds"; when one does not, the validator itself runs and
 * reports (same messages, same paths). A constraint it does not know makes it refuse to compile, and the
 * validator is then used for every request.
 */
final class CompiledConstraints {

    private static final Logger LOG = Logger.getLogger(CompiledConstraints.class);

    private final Predicate<Object> root;

    private CompiledConstraints(Predicate<Object> root) {
        this.root = root;
    }

    /** The compiled constraints of {@code type}, or empty when one of them is of a kind not compiled here. */
    static Optional<CompiledConstraints> of(Validator validator, Class<?> type) {
        try {
            return Optional.of(new CompiledConstraints(new Compiler(validator).bean(type)));
        } catch (UnsupportedOperationException e) {
            // Says which constraint (annotation and type, never a request value), so the slower path is visible.
            LOG.warnf("Constraints of %s not compiled (%s): the validator checks every request", type.getSimpleName(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether every Jakarta constraint on {@code value} and the records it cascades into holds. */
    boolean holdFor(Object value) {
        return root.test(value);
    }

    private static final class Compiler {

        private final Validator validator;
        // Records already compiled (or being compiled), so a type used twice is compiled once.
        private final Map<Class<?>, Predicate<Object>> beans = new HashMap<>();

        Compiler(Validator validator) {
            this.validator = validator;
        }

        Predicate<Object> bean(Class<?> type) {
            Predicate<Object> known = beans.get(type);
            if (known != null) {
                return known;
            }
            // A forward reference, so a record that (indirectly) contains itself compiles without looping.
            List<Predicate<Object>> checks = new ArrayList<>();
            Predicate<Object> bean = value -> {
                for (Predicate<Object> check : checks) {
                    if (!check.test(value)) {
                        return false;
                    }
                }
                return true;
            };
            beans.put(type, bean);
            BeanDescriptor descriptor = validator.getConstraintsForClass(type);
            for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
                // The questionnaire's rules are checked by the service itself, next to these.
                if (constraint.getAnnotation().annotationType() != FollowsQuestionnaire.class) {
                    throw new UnsupportedOperationException("class-level " + constraint.getAnnotation());
                }
            }
            for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
                if (!type.isRecord()) {
                    throw new UnsupportedOperationException("constraints on " + type + ", not a record");
                }
                Function<Object, Object> read = FieldPath.resolve(type, property.getPropertyName())::read;
                List<Predicate<Object>> valueChecks = new ArrayList<>();
                for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                    valueChecks.add(constraint(constraint, property.getElementClass()));
                }
                if (property.isCascaded()) {
                    valueChecks.add(nullOr(bean(property.getElementClass())));
                }
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    valueChecks.add(elements(element));
                }
                Predicate<Object> all = allOf(valueChecks);
                checks.add(value -> all.test(read.apply(value)));
            }
            return bean;
        }

        /** Constraints on a list's elements ({@code List<@NotNull @Valid X>}). */
        private Predicate<Object> elements(ContainerElementTypeDescriptor element) {
            if (element.getContainerClass() != List.class || !element.getConstrainedContainerElementTypes().isEmpty()) {
                throw new UnsupportedOperationException("elements of a " + element.getContainerClass());
            }
            List<Predicate<Object>> checks = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                checks.add(constraint(constraint, element.getElementClass()));
            }
            if (element.isCascaded()) {
                checks.add(nullOr(bean(element.getElementClass())));
            }
            Predicate<Object> each = allOf(checks);
            return value -> {
                if (value == null) {
                    return true;
                }
                for (Object entry : (List<?>) value) {
                    if (!each.test(entry)) {
                        return false;
                    }
                }
                return true;
            };
        }

        /** One constraint on values declared as {@code type}; only the kinds and types the records use. */
        private static Predicate<Object> constraint(ConstraintDescriptor<?> descriptor, Class<?> type) {
            Annotation annotation = descriptor.getAnnotation();
            if (!descriptor.getComposingConstraints().isEmpty()
                    || !descriptor.getGroups().equals(Set.of(Default.class))) {
                throw new UnsupportedOperationException(annotation.toString());
            }
            if (annotation instanceof NotNull) {
                return value -> value != null;
            }
            if (annotation instanceof NotBlank && CharSequence.class.isAssignableFrom(type)) {
                return value -> value != null && !value.toString().isBlank();
            }
            if (annotation instanceof Size size && CharSequence.class.isAssignableFrom(type)) {
                return value -> value == null
                        || ((CharSequence) value).length() >= size.min() && ((CharSequence) value).length() <= size.max();
            }
            if (annotation instanceof Size size && Collection.class.isAssignableFrom(type)) {
                return value -> value == null
                        || ((Collection<?>) value).size() >= size.min() && ((Collection<?>) value).size() <= size.max();
            }
            if (annotation instanceof Pattern pattern && CharSequence.class.isAssignableFrom(type)) {
                int flags = 0;
                for (Pattern.Flag flag : pattern.flags()) {
                    flags |= flag.getValue();
                }
                java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
                return value -> value == null || compiled.matcher((CharSequence) value).matches();
            }
            if (annotation instanceof DecimalMin min && type == BigDecimal.class) {
                BigDecimal bound = new BigDecimal(min.value());
                int lowest = min.inclusive() ? 0 : 1;
                return value -> value == null || ((BigDecimal) value).compareTo(bound) >= lowest;
            }
            if (annotation instanceof DecimalMax max && type == BigDecimal.class) {
                BigDecimal bound = new BigDecimal(max.value());
                int highest = max.inclusive() ? 0 : -1;
                return value -> value == null || ((BigDecimal) value).compareTo(bound) <= highest;
            }
            throw new UnsupportedOperationException(annotation + " on " + type.getName());
        }

        private static Predicate<Object> nullOr(Predicate<Object> check) {
            return value -> value == null || check.test(value);
        }

        private static Predicate<Object> allOf(List<Predicate<Object>> checks) {
            if (checks.size() == 1) {
                return checks.get(0);
            }
            Predicate<Object>[] array = checks.toArray(new Predicate[0]);
            return value -> {
                for (Predicate<Object> check : array) {
                    if (!check.test(value)) {
                        return false;
                    }
                }
                return true;
            };
        }
    }
}
