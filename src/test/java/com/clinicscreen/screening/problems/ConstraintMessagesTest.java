package com.clinicscreen.screening.problems;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.api.ScreeningRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Constraint messages are keys, with their arguments from the constraint's attributes. */
class ConstraintMessagesTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Keyed(@Size(max = 3, message = "field.too-long") String code) {}

    record EnglishMessage(@NotNull(message = "must not be null") String code) {}

    record KeyWithoutItsAttribute(@NotNull(message = "field.too-long") String code) {}

    record Nested(@jakarta.validation.Valid List<@NotNull(message = "is missing") String> codes) {}

    @Test
    void everyConstraintOfTheRequestNamesAKey() {
        assertDoesNotThrow(() -> ConstraintMessages.check(VALIDATOR, ScreeningRequest.class));
    }

    @Test
    void aViolationCarriesItsKeyAndTheConstraintsAttributes() {
        Set<ConstraintViolation<Keyed>> violations = VALIDATOR.validate(new Keyed("ABCD"));
        assertEquals(new ProblemMessage(ProblemKey.TOO_LONG, List.of("3")),
                ConstraintMessages.of(violations.iterator().next()));
    }

    @Test
    void aConstraintWithTextForAMessageOrWithoutTheArgumentsItsKeyNeedsIsRefused() {
        IllegalStateException text = assertThrows(IllegalStateException.class,
                () -> ConstraintMessages.check(VALIDATOR, EnglishMessage.class));
        assertTrue(text.getMessage().contains("'must not be null'"), text.getMessage());
        IllegalStateException attribute = assertThrows(IllegalStateException.class,
                () -> ConstraintMessages.check(VALIDATOR, KeyWithoutItsAttribute.class));
        assertTrue(attribute.getMessage().contains("no attribute 'max'"), attribute.getMessage());
        IllegalStateException element = assertThrows(IllegalStateException.class,
                () -> ConstraintMessages.check(VALIDATOR, Nested.class));
        assertTrue(element.getMessage().contains("'is missing'"), element.getMessage());
    }
}
