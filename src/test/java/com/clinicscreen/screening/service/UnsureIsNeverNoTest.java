package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question that offers "unsure", answered "unsure" by an otherwise healthy patient, changes the
 * decision: the patient is never plainly ELIGIBLE on an unsure answer, every reason it raises carries the
 * note that it is a possible yes until a clinician confirms it, and a reason names the unsure answer.
 * (That unsure is never less cautious than yes is a property of {@code ScreeningInvariantsTest}.)
 */
class UnsureIsNeverNoTest {

    private final ScreeningService service = TestScreening.service();

    static Stream<String> questionsOfferingUnsure() {
        List<String> fields = new ArrayList<>();
        for (Questionnaire.Item item : new QuestionnaireProvider().questionnaire().items()) {
            boolean offersUnsure = item.options().stream().anyMatch(o -> o.value().equals("UNSURE"));
            if (offersUnsure && item.enableWhen().isEmpty()) {
                fields.add(item.fieldTemplate());
            }
        }
        return fields.stream();
    }

    @ParameterizedTest(name = "{0} = UNSURE")
    @MethodSource("questionsOfferingUnsure")
    void unsureAnswerIsScreenedAsAPossibleYes(String field) {
        ScreeningDecision decision = service.screen(Intake.healthy().set(field, "UNSURE").request(), Language.EN, false);
        assertNotEquals(DecisionStatus.ELIGIBLE, decision.status(), field + " = UNSURE was read as no");
        decision.reasons().forEach(reason -> {
            assertEquals(Certainty.UNSURE, reason.certainty(), reason.code());
            assertNotNull(reason.certaintyNote(), reason.code() + " does not say it rests on an unsure answer");
        });
        assertTrue(decision.reasons().stream().flatMap(r -> r.triggeredBy().stream())
                .anyMatch(answer -> answer.path().equals(field) && "UNSURE".equals(answer.value())),
                () -> "no reason names " + field + ": " + decision.reasons());
    }
}
