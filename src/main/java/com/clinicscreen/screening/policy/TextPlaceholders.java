package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in policy texts, rendered once when the policy is compiled so that every number a patient
 * reads comes from the parameter in force and requests only copy finished strings:
 * <ul>
 * <li>{@code {NAME}}: the parameter's value in the text's language ("3 days"/"3 días", "2 weeks"/"2 semanas",
 * "6 months"/"6 meses"; a number as written, with a decimal comma in Spanish: "1.0"/"1,0");</li>
 * <li>{@code {NAME:number}}: the bare number ("18" for P18Y, "14" for P14D, "1.5"), e.g. for ages;</li>
 * <li>{@code {=text}}: the text as it is, for a number cited from a source that no parameter decides (allowed in
 * clinician texts only, and skipped by {@link ParameterNumbersCheck}).</li>
 * </ul>
 */
final class TextPlaceholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:=([^{}]*)|([A-Z][A-Z0-9_]*)(:number)?)}");

    private TextPlaceholders() {}

    /** The text in both languages with its placeholders rendered; problems go to {@code problem(language, message)}. */
    static LocalizedText render(LocalizedText text, Map<String, Parameter> parameters, boolean literalsAllowed,
            BiConsumer<Language, String> problem) {
        if (text == null) {
            return null;
        }
        return new LocalizedText(render(text.en(), Language.EN, parameters, literalsAllowed, problem),
                render(text.es(), Language.ES, parameters, literalsAllowed, problem));
    }

    static String render(String text, Language language, Map<String, Parameter> parameters, boolean literalsAllowed,
            BiConsumer<Language, String> problem) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                if (!literalsAllowed) {
                    problem.accept(language, "'" + m.group() + "': a cited literal is allowed in clinician texts only");
                }
                replacement = m.group(1);
            } else {
                Parameter parameter = parameters.get(m.group(2));
                if (parameter == null) {
                    problem.accept(language, "'" + m.group() + "' names no parameter (known: "
                            + String.join(", ", parameters.keySet()) + ")");
                    replacement = m.group(2);
                } else {
                    replacement = m.group(3) != null ? bareNumber(parameter, language) : value(parameter, language);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String rendered = out.toString();
        if (rendered.indexOf('{') >= 0 || rendered.indexOf('}') >= 0) {
            problem.accept(language, "a brace outside a placeholder such as {NAME}, {NAME:number} or {=text}");
        }
        return rendered;
    }

    /** Names of the parameters a text's placeholders use. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (m.group(2) != null) {
                    names.add(m.group(2));
                }
            }
        }
        return names;
    }

    /** The text with every placeholder and cited literal blanked out: what an author typed as it is. */
    static String typed(String text) {
        return text == null ? "" : PLACEHOLDER.matcher(text).replaceAll(" ");
    }

    /** The value in force with its unit, in the language. */
    static String value(Parameter parameter, Language language) {
        return parameter.period() != null ? period(parameter.period(), language) : number(parameter.number(), language);
    }

    static String bareNumber(Parameter parameter, Language language) {
        Period p = parameter.period();
        if (p == null) {
            return number(parameter.number(), language);
        }
        int parts = (p.getYears() != 0 ? 1 : 0) + (p.getMonths() != 0 ? 1 : 0) + (p.getDays() != 0 ? 1 : 0);
        if (parts > 1) {
            // "P1Y6M" has no single number: say it with its units rather than a wrong one.
            return period(p, language);
        }
        return Integer.toString(p.getYears() != 0 ? p.getYears() : p.getMonths() != 0 ? p.getMonths() : p.getDays());
    }

    /**
     * A period as people say it: whole weeks from 2 weeks on ("2 weeks", "3 weeks"), otherwise days ("7 days",
     * "30 days"); months and years as written (calendar arithmetic keeps them so).
     */
    static String period(Period period, Language language) {
        boolean es = language == Language.ES;
        List<String> parts = new ArrayList<>(3);
        if (period.getYears() != 0) {
            parts.add(count(period.getYears(), es ? "año" : "year", es ? "años" : "years"));
        }
        if (period.getMonths() != 0) {
            parts.add(count(period.getMonths(), es ? "mes" : "month", es ? "meses" : "months"));
        }
        int days = period.getDays();
        if (days != 0 || parts.isEmpty()) {
            parts.add(days >= 14 && days % 7 == 0 ? count(days / 7, es ? "semana" : "week", es ? "semanas" : "weeks")
                    : count(days, es ? "día" : "day", es ? "días" : "days"));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String and = es ? " y " : " and ";
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (Math.abs(n) == 1 ? one : many);
    }

    static String number(BigDecimal number, Language language) {
        String plain = number.toPlainString();
        return language == Language.ES ? plain.replace('.', ',') : plain;
    }
}
