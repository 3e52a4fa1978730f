package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.policy.GoalStrength;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening engine: plain Java over a compiled {@link Policy}, no framework and no wire records.
 * Screens the requested treatment, says what the result means for a booking, and screens every other
 * offered treatment that fits a goal with the same findings, suggesting only those this patient may have.
 */
public final class Screener {

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.covered().size())
            .thenComparingInt(c -> -c.primary())
            .thenComparingInt(c -> -c.screening().status().ordinal())
            .thenComparingInt(Candidate::catalogOrder);

    private final Policy policy;
    // Keyed by identity: a Treatment is an immutable record of the compiled policy whose equals and hashCode
    // would walk every rule, case and text on each lookup; the policy holds exactly one instance of each.
    private final Map<Treatment, CaseIndex> indexes = new IdentityHashMap<>();

    public Screener(Policy policy) {
        this.policy = policy;
        policy.treatments().values().forEach(treatment -> indexes.put(treatment, new CaseIndex(treatment)));
    }

    public Policy policy() {
        return policy;
    }

    /**
     * @param treatmentCode a requestable treatment the clinic offers (the caller has checked it)
     * @param findings the patient's findings, before implications
     */
    public Screening screen(String treatmentCode, Findings findings, Collection<Goal> goals, LocalDate evaluationDate,
            AlternativesMode mode, boolean explain) {
        Treatment treatment = policy.treatments().get(treatmentCode);
        Findings expanded = policy.implications().expand(findings);
        // The explanation lists every rule, fired or not, so it is screened rule by rule.
        TreatmentScreening requested = explain ? RuleEvaluator.screen(treatment, expanded, evaluationDate, false, true)
                : RuleEvaluator.screen(treatment, indexes.get(treatment), expanded, evaluationDate, false);
        DecisionStatus status = requested.status();

        LocalDate latestDate = latestDate(requested);
        boolean toResolve = false;
        for (FiredRule fired : requested.fired()) {
            toResolve |= fired.outcome() == Outcome.DEFER_UNTIL_RESOLVED;
        }
        boolean deferred = status == DecisionStatus.DEFERRED;
        // What the patient meets on the first possible day is, by definition, the same answers screened on
        // that day with every resolution done: windows that close or open meanwhile are seen as they are.
        DecisionStatus after = deferred ? RuleEvaluator.screen(treatment, indexes.get(treatment), expanded,
                latestDate == null ? evaluationDate : latestDate, false, true).status() : null;
        LocalDate eligibleFrom = switch (status) {
            case ELIGIBLE, ELIGIBLE_WITH_PRECAUTIONS -> evaluationDate;
            case DEFERRED -> !toResolve && after.isEligible() ? latestDate : null;
            default -> null;
        };
        boolean wantAlternatives = mode == AlternativesMode.ALWAYS || mode == AlternativesMode.AUTO && !status.isEligible();
        return new Screening(requested, evaluationDate, eligibleFrom, deferred ? latestDate : null, after,
                wantAlternatives ? alternatives(treatment, eligibleFrom, goals, expanded, evaluationDate) : List.of());
    }

    /** The latest date any fired rule contributes: a date deferral's end, or the day a resolution cannot precede. */
    private static LocalDate latestDate(TreatmentScreening screening) {
        LocalDate latest = null;
        for (FiredRule fired : screening.fired()) {
            if (fired.date() != null && (latest == null || fired.date().isAfter(latest))) {
                latest = fired.date();
            }
        }
        return latest;
    }

    /**
     * @param requestedFrom the day the requested treatment can be booked without anyone's decision, or null
     */
    private List<Screening.Alternative> alternatives(Treatment requested, LocalDate requestedFrom,
            Collection<Goal> goals, Findings findings, LocalDate evaluationDate) {
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Treatment candidate : policy.treatments().values()) {
            order++;
            if (candidate == requested || !candidate.offered()) {
                continue;
            }
            Map<Goal, GoalStrength> covered = new EnumMap<>(Goal.class);
            boolean allowed = candidate.suggestedOnlyFor().isEmpty();
            int primary = 0;
            for (Goal goal : goals) {
                GoalStrength strength = candidate.goals().get(goal);
                if (strength != null) {
                    covered.put(goal, strength);
                    primary += strength == GoalStrength.PRIMARY ? 1 : 0;
                    allowed |= candidate.suggestedOnlyFor().contains(goal);
                }
            }
            if (covered.isEmpty() || !allowed) {
                continue;
            }
            TreatmentScreening screening = RuleEvaluator.screen(candidate, indexes.get(candidate), findings,
                    evaluationDate, true);
            DecisionStatus status = screening.status();
            if (status.isEligible() || status == DecisionStatus.CLINICIAN_REVIEW) {
                candidates.add(new Candidate(screening, covered, primary, order, evaluationDate, status));
            } else if (status == DecisionStatus.DEFERRED && onlyDatesDefer(screening)
                    && !requested.code().equals(candidate.atLeastAsCautiousAs())) {
                // Deferred by dates alone, it is offered from the day they end, screened again on that day
                // with every finding; never when the requested treatment is bookable as early without it.
                LocalDate from = latestDate(screening);
                DecisionStatus then = RuleEvaluator.screen(candidate, indexes.get(candidate), findings, from, true)
                        .status();
                if ((then.isEligible() || then == DecisionStatus.CLINICIAN_REVIEW)
                        && (requestedFrom == null || from.isBefore(requestedFrom))) {
                    candidates.add(new Candidate(screening, covered, primary, order, from, then));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        List<Screening.Alternative> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            result.add(new Screening.Alternative(candidate.screening(), candidate.covered(), candidate.bookableFrom(),
                    candidate.bookableStatus()));
        }
        return result;
    }

    /** Whether every deferral that fired ends on a known date (nothing to resolve first). */
    private static boolean onlyDatesDefer(TreatmentScreening screening) {
        for (FiredRule fired : screening.fired()) {
            if (fired.outcome().status() == DecisionStatus.DEFERRED
                    && (fired.outcome() != Outcome.DEFER_UNTIL_DATE || fired.date() == null)) {
                return false;
            }
        }
        return true;
    }

    private record Candidate(TreatmentScreening screening, Map<Goal, GoalStrength> covered, int primary,
            int catalogOrder, LocalDate bookableFrom, DecisionStatus bookableStatus) {}
}
