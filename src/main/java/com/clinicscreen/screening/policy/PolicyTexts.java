package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.policy.PolicyDocument.ReasonText;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Texts as a patient or clinician reads them: placeholders rendered once, here, with the parameters in
 * force, and refused when they type a number a parameter decides.
 */
final class PolicyTexts {

    static final int SUMMARY_MAX_LENGTH = 140;

    private final CompileProblems problems;
    private final Map<String, Parameter> parameters;

    PolicyTexts(CompileProblems problems, Map<String, Parameter> parameters) {
        this.problems = problems;
        this.parameters = parameters;
    }

    /**
     * A text with its placeholders rendered with the parameters in force; refused when it types a number that
     * one of the parameters it is bound to decides.
     */
    LocalizedText rendered(LocalizedText text, Collection<Parameter> bound, boolean literalsAllowed, String path) {
        if (text == null) {
            return null;
        }
        for (Language language : Language.values()) {
            for (String owned : ParameterNumbersCheck.check(text.in(language), bound)) {
                problems.problem(path + "." + language.tag(), owned);
            }
        }
        return TextPlaceholders.render(text, parameters, literalsAllowed,
                (language, message) -> problems.problem(path + "." + language.tag(), message));
    }

    /** Every text a rule needs is there, in every language. */
    void checkReasonText(ReasonText text, String path) {
        if (text == null) {
            problems.problem(path, "texts are required");
            return;
        }
        problems.requireText(text.summary(), path + ".summary");
        problems.requireText(text.patient(), path + ".patient");
        problems.requireText(text.clinician(), path + ".clinician");
        if (text.resolve() != null) {
            problems.requireText(text.resolve(), path + ".resolve");
        }
    }

    /** A rule's texts rendered with the parameters in force; the card summary's length is checked as rendered. */
    ReasonTexts reasonTexts(ReasonText t, List<Parameter> bound, String path) {
        LocalizedText summary = rendered(t.summary(), bound, false, path + ".summary");
        if (summary != null) {
            for (Language language : Language.values()) {
                String text = summary.in(language);
                if (text != null && text.length() > SUMMARY_MAX_LENGTH) {
                    problems.problem(path + ".summary." + language.tag(), text.length() + " characters; at most "
                            + SUMMARY_MAX_LENGTH + " are allowed");
                }
            }
        }
        return new ReasonTexts(summary, rendered(t.patient(), bound, false, path + ".patient"),
                rendered(t.clinician(), bound, true, path + ".clinician"),
                rendered(t.resolve(), bound, false, path + ".resolve"));
    }
}
