package com.clinicscreen.screening.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

/**
 * Values as the files write them: ISO-8601 periods and numbers, how they compare, and parameter names
 * standing for the period in force.
 */
final class PolicyValues {

    /** Only to compare two periods: the days they span from a fixed, non-leap start. */
    private static final LocalDate PERIOD_ORIGIN = LocalDate.of(2001, 1, 1);

    /** A period or a number. */
    record Value(Period period, BigDecimal number) {}

    private final CompileProblems problems;

    PolicyValues(CompileProblems problems) {
        this.problems = problems;
    }

    Value value(String text, String path, boolean clinic) {
        if (text == null || text.isBlank()) {
            problems.report(clinic, path, "a value is required");
            return null;
        }
        if (text.startsWith("P")) {
            try {
                Period period = Period.parse(text);
                if (period.isNegative()) {
                    problems.report(clinic, path, "negative period '" + text + "'");
                    return null;
                }
                return new Value(period, null);
            } catch (DateTimeParseException e) {
                problems.report(clinic, path, "'" + text + "' is not an ISO-8601 period such as P6M or P28D");
                return null;
            }
        }
        try {
            return new Value(null, new BigDecimal(text));
        } catch (NumberFormatException e) {
            problems.report(clinic, path, "'" + text + "' is neither an ISO-8601 period nor a number");
            return null;
        }
    }

    /** A parameter name (its period in force) or an ISO-8601 period. */
    Period period(String text, String path, Map<String, Parameter> parameters) {
        if (text == null) {
            return null;
        }
        if (!text.startsWith("P")) {
            Parameter parameter = parameters.get(text);
            if (parameter == null || parameter.period() == null) {
                problems.problem(path, "'" + text + "' is neither a period parameter nor an ISO-8601 period");
                return null;
            }
            return parameter.period();
        }
        Value value = value(text, path, false);
        return value == null ? null : value.period();
    }

    /** A window bound as the policy file writes it: a parameter at its file value, not the clinic's. */
    static Period asWritten(String text, Period resolved, Map<String, Parameter> parameters) {
        Parameter parameter = text == null ? null : parameters.get(text);
        return parameter == null || resolved == null ? resolved : Period.parse(parameter.defaultValue());
    }

    static boolean sameKind(Value... values) {
        return Arrays.stream(values).allMatch(v -> v.period() != null) || Arrays.stream(values).allMatch(v -> v.number() != null);
    }

    static int compare(Value a, Value b) {
        return a.period() != null ? Long.compare(days(a.period()), days(b.period())) : a.number().compareTo(b.number());
    }

    /**
     * Within the range in every month: a period's shortest real length (over every starting month) is at
     * least the minimum's shortest, and its longest at most the maximum's longest. So P1M11D is refused
     * against a P6W floor (from 1 February it lasts 39 days), while P90D fits under P3M.
     */
    static boolean within(Value value, Value min, Value max) {
        if (value.period() == null) {
            return compare(value, min) >= 0 && compare(value, max) <= 0;
        }
        return shortest(value.period()) >= shortest(min.period()) && longest(value.period()) <= longest(max.period());
    }

    static long shortest(Period period) {
        long result = Long.MAX_VALUE;
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2001, month, 1);
            result = Math.min(result, ChronoUnit.DAYS.between(start, start.plus(period)));
        }
        return result;
    }

    static long longest(Period period) {
        long result = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2001, month, 1);
            result = Math.max(result, ChronoUnit.DAYS.between(start, start.plus(period)));
        }
        return result;
    }

    /** Days a period spans from a fixed start: only to compare periods (P3M and P90D are equal here). */
    static long days(Period period) {
        return ChronoUnit.DAYS.between(PERIOD_ORIGIN, PERIOD_ORIGIN.plus(period));
    }
}
