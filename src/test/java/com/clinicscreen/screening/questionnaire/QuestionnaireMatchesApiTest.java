package com.clinicscreen.screening.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.service.ScreeningService;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published questionnaire and the API accept exactly the same answers, and require the same ones. */
class QuestionnaireMatchesApiTest {

    private static final Questionnaire QUESTIONNAIRE = new QuestionnaireProvider().questionnaire();
    private final ScreeningService service = TestScreening.service();

    @Test
    void everyQuestionOfTheReferenceIsAsked() {
        Set<String> ids = new HashSet<>();
        QUESTIONNAIRE.items().forEach(item -> ids.add(item.id().replaceAll("^(Q\\d\\d).*", "$1")));
        for (int q = 1; q <= 39; q++) {
            assertTrue(ids.contains(String.format("Q%02d", q)), "missing Q" + q);
        }
    }

    /** A number's range is stated twice, to the form and as the record's constraints: they must agree. */
    @Test
    void everyNumberItemsRangeIsItsFieldsConstraint() throws ReflectiveOperationException {
        int numbers = 0;
        for (Questionnaire.Item item : QUESTIONNAIRE.items()) {
            if (item.type() != com.clinicscreen.screening.api.ItemType.NUMBER) {
                continue;
            }
            numbers++;
            Class<?> type = ScreeningRequest.class;
            java.lang.reflect.RecordComponent component = null;
            for (String step : item.fieldTemplate().split("\\.")) {
                component = java.util.Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(step))
                        .findFirst().orElseThrow();
                type = component.getType();
            }
            var field = component.getDeclaringRecord().getDeclaredField(component.getName());
            var min = field.getAnnotation(jakarta.validation.constraints.DecimalMin.class);
            var max = field.getAnnotation(jakarta.validation.constraints.DecimalMax.class);
            assertTrue(min != null && max != null, item.fieldTemplate() + " has no range constraint");
            assertEquals(0, item.min().compareTo(new java.math.BigDecimal(min.value())), item.fieldTemplate() + " min");
            assertEquals(0, item.max().compareTo(new java.math.BigDecimal(max.value())), item.fieldTemplate() + " max");
        }
        assertTrue(numbers > 0, "the questionnaire has number items");
    }

    @Test
    void everyAnswerFieldOfTheApiHasAQuestion() {
        Set<String> asked = new TreeSet<>();
        collect(QUESTIONNAIRE.items(), asked);
        Set<String> fields = new TreeSet<>();
        leaves(ScreeningRequest.class, "", fields);
        fields.remove("plannedTreatmentDate");
        assertEquals(fields, asked);
    }

    static Stream<Arguments> requiredItems() {
        List<Arguments> rows = new ArrayList<>();
        for (Questionnaire.Item item : QUESTIONNAIRE.items()) {
            if (item.required() && item.enableWhen().isEmpty()) {
                rows.add(Arguments.of(item.id(), item.fieldTemplate()));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} left out is refused by its path")
    @MethodSource("requiredItems")
    void leavingOutARequiredAnswerIsRefusedNamingIt(String id, String field) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service.screen(Intake.healthy().remove(field).request(), Language.EN, false));
        assertTrue(e.errors().stream().map(FieldProblem::field).anyMatch(field::equals), e.errors()::toString);
    }

    @Test
    void answersShownOnlyWhenEnabledAreRequiredOnceEnabled() {
        assertMissing(Intake.healthy().set("answers.isotretinoin.status", "PAST"), "answers.isotretinoin.lastDoseDate");
        assertMissing(Intake.healthy().set("answers.sun.tanning.status", "YES"), "answers.sun.tanning.date");
        assertMissing(Intake.healthy().set("treatment", "ALT_RFMN"), "answers.electronicImplant");
        assertMissing(Intake.healthy().set("treatment", "ALT_PRPMN"), "answers.prp.tobacco");
        assertMissing(Intake.healthy().set("answers.proceduresInArea.status", "YES"), "answers.proceduresInArea.procedures");
        assertMissing(Intake.healthy().set("answers.proceduresInArea",
                "{\"status\":\"YES\",\"procedures\":[{\"type\":\"NEUROTOXIN\"}]}"), "answers.proceduresInArea.procedures[0].date");
    }

    @Test
    void everyMissingAnswerIsListedAtOnce() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> service.screen(Intake.healthy()
                .remove("answers.keloidTendency").remove("answers.pregnancy").remove("answers.goals").request(),
                Language.EN, false));
        Set<String> fields = new HashSet<>(e.errors().stream().map(FieldProblem::field).toList());
        assertTrue(fields.containsAll(Set.of("answers.keloidTendency", "answers.pregnancy.status", "answers.goals")),
                fields::toString);
    }

    private void assertMissing(Intake intake, String field) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service.screen(intake.request(), Language.EN, false));
        assertTrue(e.errors().stream().anyMatch(error -> error.field().equals(field)), e.errors()::toString);
    }

    private static void collect(List<Questionnaire.Item> items, Set<String> fields) {
        for (Questionnaire.Item item : items) {
            if (item.type() == com.clinicscreen.screening.api.ItemType.MEDICINE_LIST) {
                // One answer fills a whole medicine: its name and code.
                leaves(item.field().elementType(), item.fieldTemplate() + "[].", fields);
            } else if (item.items().isEmpty()) {
                fields.add(item.fieldTemplate());
            }
            collect(item.items(), fields);
        }
    }

    /** Leaf fields of the request records, with "[]." for lists of records. */
    private static void leaves(Class<?> type, String prefix, Set<String> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> fieldType = component.getType();
            if (fieldType.isRecord()) {
                leaves(fieldType, path + ".", fields);
            } else if (List.class.isAssignableFrom(fieldType)
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                leaves(element, path + "[].", fields);
            } else {
                fields.add(path);
            }
        }
    }
}
