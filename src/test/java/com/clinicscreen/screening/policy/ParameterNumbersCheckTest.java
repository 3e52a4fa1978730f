package com.clinicscreen.screening.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.domain.Language;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What counts as a number a parameter owns, what a placeholder renders, and what passes. */
class ParameterNumbersCheckTest {

    private static final Parameter TOXIN = period("NEUROTOXIN_BEFORE_MN", "P14D");
    private static final Parameter WASHOUT = period("ISOTRETINOIN_WASHOUT", "P6M");
    private static final Parameter AGE = period("AGE_MINIMUM", "P18Y");
    private static final Parameter LABEL = period("AGE_DEVICE_LABEL", "P22Y");
    private static final Parameter DEPTH = new Parameter("FACE_MAX_DEPTH", "1.5", null, new BigDecimal("1.5"), "1.5",
            "0.5", "2.0", "§7", false);

    @Test
    void aPeriodTypedInEitherUnitOrLanguageIsRefused() {
        for (String text : List.of("in the 2 weeks before", "14 days before", "durante las 2 semanas", "14 días antes",
                "two weeks before", "dos semanas antes", "(2 weeks)", "1–2 weeks")) {
            assertEquals(1, ParameterNumbersCheck.check(text, List.of(TOXIN)).size(), text);
        }
        assertEquals(1, ParameterNumbersCheck.check("within 3–6 months", List.of(WASHOUT)).size());
        assertEquals(1, ParameterNumbersCheck.check("de 3 a 6 meses", List.of(WASHOUT)).size());
        assertTrue(ParameterNumbersCheck.check("x", List.of(TOXIN)).isEmpty());
        String message = ParameterNumbersCheck.check("in the 2 weeks before", List.of(TOXIN)).get(0);
        assertTrue(message.contains("\"2 weeks\"") && message.contains("NEUROTOXIN_BEFORE_MN")
                && message.contains("{NEUROTOXIN_BEFORE_MN}"), message);
    }

    @Test
    void numbersNoBoundParameterOwnsPass() {
        for (String text : List.of("SPF 30 or higher", "3–6 sessions 3–8 weeks apart", "for 7 days after", "8 hours",
                "48 horas", "1 week before to 1 week after", "a week", "FPS 30", "15 weeks", "the 2nd week")) {
            assertTrue(ParameterNumbersCheck.check(text, List.of(TOXIN)).isEmpty(), text);
        }
        assertTrue(ParameterNumbersCheck.check("in the 2 weeks before", List.of(WASHOUT, DEPTH)).isEmpty(),
                "a text owns only the parameters it is bound to");
    }

    @Test
    void placeholdersAndCitedLiteralsAreNotTyped() {
        assertTrue(ParameterNumbersCheck.check("in the {NEUROTOXIN_BEFORE_MN} before", List.of(TOXIN)).isEmpty());
        assertTrue(ParameterNumbersCheck.check("the trial enrolled from {=18} (S9)", List.of(AGE)).isEmpty());
    }

    @Test
    void anAgeIsAnyWholeNumberEqualToItOrTheYearBefore() {
        for (String text : List.of("under 18", "18+", "menor de 18 años", "ages 18–60", "Age 17")) {
            assertEquals(1, ParameterNumbersCheck.check(text, List.of(AGE)).size(), text);
        }
        assertEquals(1, ParameterNumbersCheck.check("18–21", List.of(LABEL)).size(), "21 stands for 'under 22'");
        assertTrue(ParameterNumbersCheck.check("under 21, 1.8 mm", List.of(AGE)).isEmpty());
    }

    @Test
    void aNumberParameterOwnsItsValueInEitherDecimalMark() {
        assertEquals(1, ParameterNumbersCheck.check("above 1.5 mm", List.of(DEPTH)).size());
        assertEquals(1, ParameterNumbersCheck.check("mayor de 1,5 mm", List.of(DEPTH)).size());
        assertTrue(ParameterNumbersCheck.check("0.5–2.5 mm, 15 mm", List.of(DEPTH)).isEmpty());
    }

    @Test
    void placeholdersRenderTheValueInTheLanguage() {
        assertEquals("3 days", TextPlaceholders.period(Period.ofDays(3), Language.EN));
        assertEquals("1 día", TextPlaceholders.period(Period.ofDays(1), Language.ES));
        assertEquals("7 days", TextPlaceholders.period(Period.ofDays(7), Language.EN));
        assertEquals("2 semanas", TextPlaceholders.period(Period.ofDays(14), Language.ES));
        assertEquals("30 days", TextPlaceholders.period(Period.ofDays(30), Language.EN));
        assertEquals("6 meses", TextPlaceholders.period(Period.ofMonths(6), Language.ES));
        assertEquals("1 year", TextPlaceholders.period(Period.ofYears(1), Language.EN));
        assertEquals("1 mes y 11 días", TextPlaceholders.period(Period.of(0, 1, 11), Language.ES));
        Map<String, Parameter> parameters = Map.of("AGE_MINIMUM", AGE, "FACE_MAX_DEPTH", DEPTH);
        List<String> problems = new ArrayList<>();
        assertEquals("under 18, above 1,5 mm (S9 18)", TextPlaceholders.render(
                "under {AGE_MINIMUM:number}, above {FACE_MAX_DEPTH} mm (S9 {=18})", Language.ES, parameters, true,
                (language, problem) -> problems.add(problem)));
        assertTrue(problems.isEmpty(), problems.toString());
        TextPlaceholders.render("{NO_SUCH} and {=18}", Language.EN, parameters, false,
                (language, problem) -> problems.add(problem));
        assertEquals(2, problems.size(), problems.toString());
    }

    private static Parameter period(String name, String value) {
        return new Parameter(name, value, Period.parse(value), null, value, value, value, "§7", false);
    }
}
