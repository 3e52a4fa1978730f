package com.clinicscreen.screening.service;

import static com.clinicscreen.screening.domain.Outcome.CLINICIAN_REVIEW;
import static com.clinicscreen.screening.domain.Outcome.DEFER_UNTIL_RESOLVED;
import static com.clinicscreen.screening.domain.Outcome.ELIGIBLE_WITH_PRECAUTIONS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A condition outside the treatment area never fires its "in area" rule; once its area is treated, it does. */
class OutsideTheTreatmentAreaTest {

    private final ScreeningService service = TestScreening.service();

    /** Face treated; the condition is elsewhere. */
    static Stream<Arguments> conditionsElsewhere() {
        return Stream.of(
                row("eczema flaring on the hands", "answers.eczema",
                        "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"flaringNow\":\"YES\"}", "ECZEMA_ACTIVE_IN_AREA", DEFER_UNTIL_RESOLVED),
                row("quiet eczema on the hands", "answers.eczema",
                        "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"flaringNow\":\"NO\"}", "ECZEMA_ELSEWHERE_OR_QUIESCENT", CLINICIAN_REVIEW),
                row("psoriasis flaring on the elbows", "answers.psoriasis",
                        "{\"status\":\"YES\",\"locations\":[\"ARMS\"],\"flaringNow\":\"YES\"}", "PSORIASIS_ACTIVE_IN_AREA", DEFER_UNTIL_RESOLVED),
                row("papulopustular rosacea on the chest", "answers.rosacea",
                        "{\"status\":\"YES\",\"type\":\"BUMPS_PUSTULES\",\"locations\":[\"CHEST\"],\"flaringNow\":\"YES\"}", "ROSACEA_ACTIVE", DEFER_UNTIL_RESOLVED),
                row("redness-only rosacea on the chest", "answers.rosacea",
                        "{\"status\":\"YES\",\"type\":\"REDNESS_ONLY\",\"locations\":[\"CHEST\"],\"flaringNow\":\"NO\"}", "ROSACEA_QUIESCENT", CLINICIAN_REVIEW),
                row("stable vitiligo on the hands", "answers.vitiligo",
                        "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"spreadingLast12Months\":\"NO\"}", "VITILIGO", CLINICIAN_REVIEW),
                row("cold sores on the back", "answers.coldSores",
                        "{\"status\":\"YES\",\"locations\":[\"BACK\"],\"activeNow\":\"YES\"}", "HSV_ACTIVE", DEFER_UNTIL_RESOLVED),
                row("recurrent cold sores on the back", "answers.coldSores",
                        "{\"status\":\"YES\",\"locations\":[\"BACK\"],\"activeNow\":\"NO\"}", "HSV_HISTORY", ELIGIBLE_WITH_PRECAUTIONS));
    }

    @ParameterizedTest(name = "{0}: no {3} for a face treatment")
    @MethodSource("conditionsElsewhere")
    void conditionElsewhereDoesNotFireTheInAreaRule(String clinicalCase, String path, String answer, String code,
            Outcome outcome) {
        assertFiring(Intake.healthy().set(path, answer), code, outcome, false);
    }

    @ParameterizedTest(name = "{0}: {3} once that area is treated too")
    @MethodSource("conditionsElsewhere")
    void sameConditionFiresWhenItsAreaIsTreated(String clinicalCase, String path, String answer, String code,
            Outcome outcome) {
        String area = answer.replaceAll(".*\"locations\":\\[\"([A-Z_]+)\"\\].*", "$1");
        assertFiring(Intake.healthy().set(path, answer).set("answers.treatmentAreas", "[\"FACE\",\"" + area + "\"]"),
                code, outcome, true);
    }

    /** §1.2 #4: an active cold sore counts "in or near the area"; §1.2 #5: the history only where treated. */
    @ParameterizedTest(name = "cold sore on the {0}, {1} treated, active {2}: HSV_ACTIVE {3}, HSV_HISTORY {4}")
    @org.junit.jupiter.params.provider.CsvSource({
            "FACE, NECK, YES, true, true",
            "FACE, SCALP, YES, true, true",
            "NECK, FACE, YES, true, true",
            "FACE, NECK, NO, false, false",
            "FACE, HANDS, YES, false, false",
            "GENITAL, FACE, YES, false, false",
            "OTHER, FACE, YES, true, true",
    })
    void anActiveColdSoreNextToTheTreatedAreaDefers(String location, String area, String active, boolean activeFires,
            boolean historyFires) {
        Intake intake = Intake.healthy().set("answers.treatmentAreas", "[\"" + area + "\"]").set("answers.coldSores",
                "{\"status\":\"YES\",\"locations\":[\"" + location + "\"],\"activeNow\":\"" + active + "\"}");
        assertFiring(intake, "HSV_ACTIVE", DEFER_UNTIL_RESOLVED, activeFires);
        assertFiring(intake, "HSV_HISTORY", ELIGIBLE_WITH_PRECAUTIONS, historyFires);
    }

    private void assertFiring(Intake intake, String code, Outcome outcome, boolean expected) {
        ScreeningDecision decision = service.screen(intake.request(), Language.EN, false);
        boolean fired = decision.reasons().stream().anyMatch(r -> r.code().equals(code) && r.outcome() == outcome);
        assertTrue(fired == expected, () -> code + " " + outcome + (expected ? " missing: " : " fired: ") + decision.reasons());
    }

    private static Arguments row(String clinicalCase, String path, String answer, String code, Outcome outcome) {
        return Arguments.of(clinicalCase, path, answer, code, outcome);
    }
}
