package com.clinicscreen.screening.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a policy text that types a number a parameter owns, so the text cannot drift from the value in force
 * again ("2 weeks" written where NEUROTOXIN_BEFORE_MN decides). A text owns the parameters it is bound to: an
 * instruction's window, a rule's trigger windows, a treatment's session guidance (interval and depth). In such a
 * text, outside placeholders and cited literals ({@code {=...}}), a number counts as the parameter's when it
 * equals or stands for the value the policy file gives it:
 * <ul>
 * <li>a period: a count with a time unit in English or Spanish (digits, or one to four in words; each end of a
 * range such as "3–6 months"), of the same length ("2 weeks" and "14 days" both stand for P14D);</li>
 * <li>an age (a period of whole years): any whole number equal to it or to the last year before it
 * ("under 18", "18+", "18–21" for P18Y and P22Y);</li>
 * <li>a number: any number equal to it ("1.5", "1,5" for 1.5).</li>
 * </ul>
 * Numbers no bound parameter owns ("SPF 30", "3–6 sessions", "8 hours", the 7 days of an aftercare step) pass.
 * Compared with the file's value, not the clinic's: a clinic cannot edit the texts, so its values must never
 * make a text fail.
 */
final class ParameterNumbersCheck {

    private static final String COUNT = "(\\d+|a|an|one|two|three|four|un|una|uno|dos|tres|cuatro)";
    private static final Pattern PERIOD = Pattern.compile("(?<![\\p{L}\\d.,])" + COUNT
            + "(?:\\s*(?:–|-|to|or|a|o|y|and)\\s*(\\d+))?\\s*"
            + "(days?|weeks?|months?|years?|días?|semanas?|mes|meses|años?)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)?)(?![\\d]|[.,]\\d)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("un", 1), Map.entry("una", 1), Map.entry("uno", 1), Map.entry("two", 2),
            Map.entry("dos", 2), Map.entry("three", 3), Map.entry("tres", 3), Map.entry("four", 4),
            Map.entry("cuatro", 4));
    private static final LocalDate ORIGIN = LocalDate.of(2001, 1, 1);

    private ParameterNumbersCheck() {}

    /** What the text types that a bound parameter owns, one message each, or nothing. */
    static List<String> check(String text, Collection<Parameter> bound) {
        List<String> found = new ArrayList<>();
        if (text == null || bound.isEmpty()) {
            return found;
        }
        String typed = TextPlaceholders.typed(text);
        for (Parameter parameter : bound) {
            Period period = parameter.defaultValue().startsWith("P") ? Period.parse(parameter.defaultValue()) : null;
            if (period == null) {
                BigDecimal value = new BigDecimal(parameter.defaultValue());
                Matcher m = NUMBER.matcher(typed);
                while (m.find()) {
                    if (new BigDecimal(m.group(1).replace(',', '.')).compareTo(value) == 0) {
                        found.add(owned(m.group(), parameter));
                    }
                }
            } else if (period.getMonths() == 0 && period.getDays() == 0) {
                int age = period.getYears();
                Matcher m = NUMBER.matcher(typed);
                while (m.find()) {
                    if (m.group(1).matches("\\d+")) {
                        int n = Integer.parseInt(m.group(1));
                        if (n == age || n == age - 1) {
                            found.add(owned(m.group(), parameter));
                        }
                    }
                }
            } else {
                long days = days(period);
                Matcher m = PERIOD.matcher(typed);
                while (m.find()) {
                    String unit = m.group(3).toLowerCase();
                    Integer first = count(m.group(1));
                    if (first != null && days(of(first, unit)) == days
                            || m.group(2) != null && days(of(Integer.parseInt(m.group(2)), unit)) == days) {
                        found.add(owned(m.group(), parameter));
                    }
                }
            }
        }
        return found;
    }

    private static String owned(String typed, Parameter parameter) {
        return "states \"" + typed + "\", which the parameter " + parameter.name() + " decides ("
                + parameter.defaultValue() + " in the policy file): write {" + parameter.name() + "} (or {"
                + parameter.name() + ":number}) so the text says the value in force";
    }

    private static Integer count(String text) {
        Integer word = WORDS.get(text.toLowerCase());
        return word != null ? word : text.chars().allMatch(Character::isDigit) ? Integer.valueOf(text) : null;
    }

    private static Period of(int n, String unit) {
        if (unit.startsWith("d")) {
            return Period.ofDays(n);
        }
        if (unit.startsWith("w") || unit.startsWith("s")) {
            return Period.ofWeeks(n);
        }
        if (unit.startsWith("m")) {
            return Period.ofMonths(n);
        }
        return Period.ofYears(n);
    }

    private static long days(Period period) {
        return ChronoUnit.DAYS.between(ORIGIN, ORIGIN.plus(period));
    }
}
