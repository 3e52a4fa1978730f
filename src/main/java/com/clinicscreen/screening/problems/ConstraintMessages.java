package com.clinicscreen.screening.problems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ContainerDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jakarta constraints name their message by key ({@code message = "field.required"}); the arguments are
 * the constraint's attributes named by the key ({@code max} for {@code field.too-long}).
 */
public final class ConstraintMessages {

    private ConstraintMessages() {}

    /** The message of a violation; a template that is not a key is a defect {@link #check} finds at start. */
    public static ProblemMessage of(ConstraintViolation<?> violation) {
        return of(violation.getConstraintDescriptor());
    }

    private static ProblemMessage of(ConstraintDescriptor<?> constraint) {
        String template = constraint.getMessageTemplate();
        ProblemKey key = ProblemKey.forCode(template).orElseThrow(() -> new IllegalStateException(
                constraint.getAnnotation().annotationType().getSimpleName() + " has message '" + template
                        + "', which is not a problem message key"));
        Map<String, Object> attributes = constraint.getAttributes();
        List<String> args = new ArrayList<>(key.arguments().size());
        for (String name : key.arguments()) {
            if (!attributes.containsKey(name)) {
                throw new IllegalStateException(constraint.getAnnotation().annotationType().getSimpleName() + " with '"
                        + template + "' has no attribute '" + name + "' for the message");
            }
            args.add(String.valueOf(attributes.get(name)));
        }
        return new ProblemMessage(key, args);
    }

    /**
     * Checks that every constraint on {@code type} and the records it cascades into names a key with the
     * attributes it needs; throws naming the first that does not.
     */
    public static void check(Validator validator, Class<?> type) {
        check(validator, type, new HashSet<>());
    }

    private static void check(Validator validator, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        bean.getConstraintDescriptors().forEach(ConstraintMessages::checkOne);
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            checkContainer(validator, property, seen);
            if (property.isCascaded()) {
                check(validator, property.getElementClass(), seen);
            }
        }
    }

    private static void checkContainer(Validator validator, ContainerDescriptor container, Set<Class<?>> seen) {
        if (container instanceof ElementDescriptor element) {
            element.getConstraintDescriptors().forEach(ConstraintMessages::checkOne);
        }
        for (ContainerElementTypeDescriptor element : container.getConstrainedContainerElementTypes()) {
            checkContainer(validator, element, seen);
            if (element.isCascaded()) {
                check(validator, element.getElementClass(), seen);
            }
        }
    }

    private static void checkOne(ConstraintDescriptor<?> constraint) {
        of(constraint);
        constraint.getComposingConstraints().forEach(ConstraintMessages::checkOne);
    }
}
