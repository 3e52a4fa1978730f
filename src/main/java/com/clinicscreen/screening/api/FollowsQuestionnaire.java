package com.clinicscreen.screening.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request follows the published questionnaire's rules: answers required while their question is
 * shown, each date within its range (relative to today, the planned treatment date and other answers),
 * each choice at most once, a treatment the clinic offers and a planned date within the planning horizon.
 * The validator is bound where the questionnaire is known (the screening service), so this package does
 * not depend on it.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FollowsQuestionnaire {

    /** A problem message key; the violation carries each field's own problems, so this is only a fallback. */
    String message() default "field.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
