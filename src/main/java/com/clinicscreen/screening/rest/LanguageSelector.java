package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import java.util.List;

/**
 * The response language: the {@code lang} query parameter when given (it must be supported), else the
 * first supported language of Accept-Language by preference, else English.
 */
final class LanguageSelector {

    /**
     * What RFC 9110 lets Accept-Language hold (language ranges, weights, separators), as the contract states
     * it; a header outside it is read as far as it can be, never refused.
     */
    static final String ACCEPT_LANGUAGE_SYNTAX = "^[A-Za-z0-9*,;=. \\t-]*$";

    private LanguageSelector() {}

    /**
     * The language of a problem: {@code lang} when it is given once with a supported value (even when the
     * problem is about another parameter), else Accept-Language, else English. Never refuses: the problem
     * being answered may be that very parameter.
     */
    static Language forProblem(List<String> lang, String acceptLanguage) {
        if (lang != null && lang.size() == 1) {
            for (Language language : Language.values()) {
                if (language.tag().equals(lang.get(0))) {
                    return language;
                }
            }
        }
        try {
            return select(null, acceptLanguage);
        } catch (RuntimeException e) {
            return Language.EN;
        }
    }

    static Language select(String lang, String acceptLanguage) {
        if (lang != null) {
            return Language.fromTag(lang).filter(l -> l.tag().equalsIgnoreCase(lang.trim()))
                    .orElseThrow(() -> new InvalidParameterException(List.of(FieldProblem.of("lang",
                            ProblemKey.PARAMETER_LANGUAGE, List.of(Language.values()).stream().map(Language::tag).toList()))));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        Language best = Language.EN;
        double bestQ = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";");
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            var language = Language.fromTag(parts[0]);
            if (language.isPresent() && q > 0 && q > bestQ) {
                best = language.get();
                bestQ = q;
            }
        }
        return best;
    }
}
