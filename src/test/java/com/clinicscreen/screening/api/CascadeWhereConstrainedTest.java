package com.clinicscreen.screening.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Validation reaches into an answer record exactly when the record has constraints of its own: a missing
 * {@code @Valid} would skip its checks silently, and a needless one costs a walk on every request.
 */
class CascadeWhereConstrainedTest {

    private final Validator validator = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void answerRecordsAreCascadedIntoExactlyWhenTheyHaveConstraints() {
        List<String> wrong = new ArrayList<>();
        for (var component : IntakeAnswers.class.getRecordComponents()) {
            Class<?> type = component.getType();
            boolean constrained = type.isRecord() && validator.getConstraintsForClass(type).isBeanConstrained();
            PropertyDescriptor property = validator.getConstraintsForClass(IntakeAnswers.class)
                    .getConstraintsForProperty(component.getName());
            boolean cascaded = property != null && property.isCascaded();
            if (type.isRecord() && constrained != cascaded) {
                wrong.add(component.getName() + (constrained ? " has constraints but no @Valid"
                        : " has @Valid but nothing to check"));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
