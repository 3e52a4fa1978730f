package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A multiple-choice answer lists each choice at most once; the first repeat is named by its position. */
class RepeatedChoiceTest {

    private static final ProblemTexts TEXTS = new ProblemTexts();

    private final ScreeningService service = TestScreening.service();

    @Test
    void distinctChoicesPass() {
        assertEquals(List.of(), problems(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\",\"FINE_LINES_WRINKLES\"]")));
    }

    @Test
    void aRepeatedGoalIsNamedAtItsSecondPosition() {
        assertEquals(List.of("answers.goals[1]: is listed more than once"),
                problems(Intake.healthy().set("answers.goals", "[\"ACNE_SCARS\",\"ACNE_SCARS\"]")));
    }

    @Test
    void aRepeatNotNextToTheFirstIsFound() {
        assertEquals(List.of("answers.treatmentAreas[2]: is listed more than once"),
                problems(Intake.healthy().set("answers.treatmentAreas", "[\"FACE\",\"NECK\",\"FACE\"]")));
    }

    private List<String> problems(Intake intake) {
        return service.problemsOf(intake.request()).stream().map(RepeatedChoiceTest::text).toList();
    }

    private static String text(FieldProblem error) {
        return error.field() + ": " + TEXTS.render(error.message(), Language.EN);
    }
}
