package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.PolicyValues.days;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import java.util.Map;

/**
 * RF and PRP microneedling name microneedling as the treatment they must be at least as cautious as: for
 * every rule and finding they must decide at least as cautiously, so they can never rescue a patient it
 * excludes.
 */
final class CautionChecks {

    private final CompileProblems problems;

    CautionChecks(CompileProblems problems) {
        this.problems = problems;
    }

    /**
     * @param outcomes per treatment code, per rule code, per finding: the first case the treatment's effect gives
     */
    void checkAtLeastAsCautious(Map<String, Treatment> treatments,
            Map<String, Map<String, Map<FindingCode, RuleCase>>> outcomes) {
        for (Treatment treatment : treatments.values()) {
            String reference = treatment.atLeastAsCautiousAs();
            if (reference == null) {
                continue;
            }
            if (!treatments.containsKey(reference)) {
                problems.problem("treatments[" + treatment.code() + "].atLeastAsCautiousAs", "unknown treatment '"
                        + reference + "'");
                continue;
            }
            Map<String, Map<FindingCode, RuleCase>> mine = outcomes.get(treatment.code());
            outcomes.get(reference).forEach((rule, byFinding) -> byFinding.forEach((finding, theirs) -> {
                RuleCase own = mine.getOrDefault(rule, Map.of()).get(finding);
                String why = lessCautious(own, theirs);
                if (why != null) {
                    String path = "treatments[" + treatment.code() + "].effects." + rule;
                    String message = "is less cautious than " + reference + " for " + finding + " (" + why + ")";
                    // With clinic settings, their overrides are what can break this: report it against them.
                    if (problems.withClinic()) {
                        problems.clinicProblem("overrides: " + path, message);
                    } else {
                        problems.problem(path, message);
                    }
                }
            }));
        }
    }

    /**
     * Why {@code own} is less cautious than {@code theirs}, or null: a weaker status; a date deferral where
     * theirs waits for a resolution; a shorter date deferral; a weaker outcome once the deferral ends; or a
     * weaker outcome when only suggested.
     */
    static String lessCautious(RuleCase own, RuleCase theirs) {
        if (own == null) {
            return PolicyCompiler.NO_EFFECT + " < " + theirs.outcome();
        }
        if (own.outcome().status().ordinal() > theirs.outcome().status().ordinal()) {
            return own.outcome() + " < " + theirs.outcome();
        }
        if (own.outcome().status() == theirs.outcome().status()) {
            if (own.outcome() == Outcome.DEFER_UNTIL_DATE && theirs.outcome() == Outcome.DEFER_UNTIL_RESOLVED) {
                return "a date deferral where it waits for a resolution";
            }
            if (own.outcome() == Outcome.DEFER_UNTIL_DATE && theirs.outcome() == Outcome.DEFER_UNTIL_DATE
                    && own.until() != null && theirs.until() != null && days(own.until()) < days(theirs.until())) {
                return "deferred " + own.until() + " < " + theirs.until();
            }
            if (theirs.then() != null && (own.then() == null ? Outcome.ELIGIBLE_WITH_PRECAUTIONS.ordinal() + 1
                    : own.then().ordinal()) > theirs.then().ordinal()) {
                return "after the deferral " + (own.then() == null ? "nothing" : own.then()) + " < " + theirs.then();
            }
        }
        Outcome ownSuggested = own.outcomeFor(true);
        Outcome theirSuggested = theirs.outcomeFor(true);
        if (ownSuggested.status().ordinal() > theirSuggested.status().ordinal()) {
            return "as an alternative " + ownSuggested + " < " + theirSuggested;
        }
        return null;
    }
}
