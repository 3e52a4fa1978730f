package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.api.FollowsQuestionnaire;
import com.clinicscreen.screening.api.ScreeningRequest;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled constraints say "all hold" exactly when Hibernate Validator finds no violation of the
 * request records' constraints, on each side of every constraint's boundary.
 */
class CompiledConstraintsTest {

    /** The questionnaire's class-level rule is not what is compared here: this validator lets it pass. */
    public static final class QuestionnaireIgnored implements ConstraintValidator<FollowsQuestionnaire, ScreeningRequest> {
        @Override
        public boolean isValid(ScreeningRequest value, ConstraintValidatorContext context) {
            return true;
        }
    }

    private static final Validator VALIDATOR = validator();
    private static final CompiledConstraints COMPILED = CompiledConstraints.of(VALIDATOR, ScreeningRequest.class)
            .orElseThrow(() -> new AssertionError("the request's constraints did not compile"));

    private static final List<String> LISTS_OF_ANSWERS = List.of("answers.allergies:kinds", "answers.autoimmune:kinds",
            "answers.bloodThinners:medicines", "answers.coldSores:locations", "answers.immuneCondition:kinds",
            "answers.immunosuppressiveTreatment:kinds:CURRENT", "answers.rosacea:locations", "answers.eczema:locations",
            "answers.psoriasis:locations", "answers.skinInfectionInArea:kinds", "answers.topicals:products",
            "answers.vitiligo:locations");

    static Stream<Arguments> requests() {
        Stream<Arguments> fixed = Stream.of(
                Arguments.of("healthy", Intake.healthy(), true),
                Arguments.of("treatment of 32 characters", Intake.healthy().set("treatment", "A".repeat(32)), true),
                Arguments.of("treatment of 33 characters", Intake.healthy().set("treatment", "A".repeat(33)), false),
                Arguments.of("treatment in lower case", Intake.healthy().set("treatment", "mn"), false),
                Arguments.of("treatment with a newline", Intake.healthy().set("treatment", "MN\n"), false),
                Arguments.of("no answers", Intake.healthy().remove("answers"), false),
                Arguments.of("null among areas", Intake.healthy().set("answers.treatmentAreas", "[\"FACE\",null]"), false),
                Arguments.of("null among goals", Intake.healthy().set("answers.goals", "[null]"), false),
                Arguments.of("HbA1c 3", diabetes("3"), true),
                Arguments.of("HbA1c 2.99", diabetes("2.99"), false),
                Arguments.of("HbA1c 20", diabetes("20"), true),
                Arguments.of("HbA1c 20.01", diabetes("20.01"), false),
                Arguments.of("50 procedures", procedures(50), true),
                Arguments.of("51 procedures", procedures(51), false),
                Arguments.of("a null procedure", Intake.healthy().set("answers.proceduresInArea",
                        "{\"status\":\"YES\",\"procedures\":[null]}"), false));
        Stream<Arguments> nullEntries = LISTS_OF_ANSWERS.stream().map(entry -> {
            String[] parts = entry.split(":");
            String status = parts.length > 2 ? parts[2] : "YES";
            return Arguments.of("null among " + parts[0] + "." + parts[1], Intake.healthy().set(parts[0],
                    "{\"status\":\"" + status + "\",\"" + parts[1] + "\":[null]}"), false);
        });
        return Stream.concat(fixed, nullEntries);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void agreesWithTheValidator(String name, Intake intake, boolean valid) {
        ScreeningRequest request = intake.request();
        var violations = VALIDATOR.validate(request);
        assertEquals(valid, violations.isEmpty(), () -> "validator: " + violations.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        assertEquals(valid, COMPILED.holdFor(request));
    }

    /** A record with a constraint of a kind not compiled: no compiled form, so the validator checks every request. */
    record WithEmail(@Email String address) {}

    @Test
    void refusesAConstraintItDoesNotKnow() {
        assertFalse(CompiledConstraints.of(VALIDATOR, WithEmail.class).isPresent());
        assertTrue(CompiledConstraints.of(VALIDATOR, ScreeningRequest.class).isPresent());
    }

    private static Intake diabetes(String hba1c) {
        return Intake.healthy().set("answers.diabetes",
                "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":" + hba1c + "}");
    }

    private static Intake procedures(int count) {
        String entries = IntStream.range(0, count).mapToObj(i -> "{\"type\":\"IPL\",\"date\":\"2026-01-01\"}")
                .collect(Collectors.joining(",", "[", "]"));
        return Intake.healthy().set("answers.proceduresInArea", "{\"status\":\"YES\",\"procedures\":" + entries + "}");
    }

    private static Validator validator() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(FollowsQuestionnaire.class).includeExistingValidators(false)
                .validatedBy(QuestionnaireIgnored.class);
        return configuration.addMapping(mapping).messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
