package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.policy.Rule;
import com.clinicscreen.screening.policy.RuleCase;
import com.clinicscreen.screening.policy.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a treatment's rules to a patient's findings on an evaluation date. Pure and allocation-light.
 * The findings must already include what they imply ({@code Implications.expand}).
 */
public final class RuleEvaluator {

    private static final Comparator<FiredRule> MOST_SEVERE_FIRST = Comparator.comparing(f -> f.outcome().ordinal());

    private RuleEvaluator() {}

    /**
     * @param asAlternative screen the treatment as a suggestion rather than as the requested treatment
     *     (cases that are "not suggestible" apply their stricter outcome)
     */
    public static TreatmentScreening screen(Treatment treatment, Findings findings, LocalDate evaluationDate,
            boolean asAlternative, boolean trace) {
        List<FiredRule> fired = new ArrayList<>();
        List<RuleTrace> traces = trace ? new ArrayList<>() : null;
        DecisionStatus status = DecisionStatus.ELIGIBLE;
        for (Rule rule : treatment.rules()) {
            FiredRule best = null;
            List<RuleTrace.CaseTrace> caseTraces = trace ? new ArrayList<>() : null;
            for (RuleCase ruleCase : rule.cases()) {
                Finding finding = findings.get(ruleCase.finding()).orElse(null);
                FiredRule match = finding == null ? null
                        : match(rule, ruleCase, finding, evaluationDate, asAlternative);
                if (trace) {
                    CaseResult result = finding == null ? CaseResult.NO_FINDING
                            : match == null ? CaseResult.OUTSIDE_PERIOD : CaseResult.MATCHED;
                    caseTraces.add(new RuleTrace.CaseTrace(ruleCase, result, finding));
                }
                if (match != null && (best == null || match.isMoreRestrictiveThan(best))) {
                    best = match;
                }
            }
            if (best != null) {
                fired.add(best);
                status = status.strongest(best.outcome().status());
            }
            if (trace) {
                traces.add(new RuleTrace(rule, best, List.copyOf(caseTraces)));
            }
        }
        fired.sort(MOST_SEVERE_FIRST);
        return new TreatmentScreening(treatment, status, List.copyOf(fired), trace ? List.copyOf(traces) : List.of());
    }

    /**
     * The same screening without a trace, through the treatment's case index: only the cases of findings the
     * patient has are matched. Each rule keeps its most restrictive match, the earliest case among equals,
     * exactly as rule by rule.
     */
    static TreatmentScreening screen(Treatment treatment, CaseIndex index, Findings findings, LocalDate evaluationDate,
            boolean asAlternative) {
        return screen(treatment, index, findings, evaluationDate, asAlternative, false);
    }

    /**
     * @param resolved screen as if everything awaiting a resolution had resolved: such a case applies what
     *     its rule says follows the resolution ({@code then}), or nothing
     */
    static TreatmentScreening screen(Treatment treatment, CaseIndex index, Findings findings, LocalDate evaluationDate,
            boolean asAlternative, boolean resolved) {
        FiredRule[] best = null;
        int[] bestCase = null;
        for (Finding finding : findings.all()) {
            for (CaseIndex.Entry entry : index.casesOf(finding.code())) {
                FiredRule match = match(entry.rule(), entry.ruleCase(), finding, evaluationDate, asAlternative);
                if (resolved && match != null && match.outcome() == Outcome.DEFER_UNTIL_RESOLVED) {
                    match = afterResolution(match);
                }
                if (match == null) {
                    continue;
                }
                if (best == null) {
                    best = new FiredRule[index.ruleCount()];
                    bestCase = new int[index.ruleCount()];
                }
                int r = entry.rulePosition();
                FiredRule current = best[r];
                if (current == null || match.isMoreRestrictiveThan(current)
                        || !current.isMoreRestrictiveThan(match) && entry.casePosition() < bestCase[r]) {
                    best[r] = match;
                    bestCase[r] = entry.casePosition();
                }
            }
        }
        if (best == null) {
            return new TreatmentScreening(treatment, DecisionStatus.ELIGIBLE, List.of(), List.of());
        }
        List<FiredRule> fired = new ArrayList<>();
        DecisionStatus status = DecisionStatus.ELIGIBLE;
        for (FiredRule rule : best) {
            if (rule != null) {
                fired.add(rule);
                status = status.strongest(rule.outcome().status());
            }
        }
        fired.sort(MOST_SEVERE_FIRST);
        return new TreatmentScreening(treatment, status, List.copyOf(fired), List.of());
    }

    /** What a deferral until resolved leaves once resolved: the case's "then", or nothing. */
    private static FiredRule afterResolution(FiredRule deferral) {
        Outcome then = deferral.ruleCase().then();
        return then == null || then == Outcome.DEFER_UNTIL_RESOLVED || then == Outcome.DEFER_UNTIL_DATE ? null
                : new FiredRule(deferral.rule(), deferral.ruleCase(), deferral.finding(), then, null);
    }

    /**
     * The case's effect on the evaluation date, or null when the finding's date puts it outside the case's
     * period. An "unsure" answer is a possible yes and gets the same outcome as yes; a date deferral whose
     * date is unknown becomes a deferral until the date is confirmed (same status, never dropped). A
     * question this intake did not ask goes to a clinician, whatever the outcome would have been.
     */
    static FiredRule match(Rule rule, RuleCase ruleCase, Finding finding, LocalDate evaluationDate,
            boolean asAlternative) {
        LocalDate date = finding.date();
        if (date != null) {
            if (ruleCase.from() != null && evaluationDate.isBefore(date.plus(ruleCase.from()))) {
                return null;
            }
            if (ruleCase.until() != null && !evaluationDate.isBefore(date.plus(ruleCase.until()))) {
                return null;
            }
        }
        Outcome outcome = finding.certainty() == Certainty.NOT_ASKED ? Outcome.CLINICIAN_REVIEW
                : ruleCase.outcomeFor(asAlternative);
        LocalDate contributes = null;
        if (outcome == Outcome.DEFER_UNTIL_DATE) {
            if (date != null && finding.certainty() == Certainty.CONFIRMED) {
                contributes = date.plus(ruleCase.until());
            } else {
                outcome = Outcome.DEFER_UNTIL_RESOLVED;
            }
        } else if (outcome == Outcome.DEFER_UNTIL_RESOLVED && ruleCase.notBefore() != null && date != null) {
            LocalDate notBefore = date.plus(ruleCase.notBefore());
            contributes = notBefore.isAfter(evaluationDate) ? notBefore : null;
        }
        return new FiredRule(rule, ruleCase, finding, outcome, contributes);
    }
}
