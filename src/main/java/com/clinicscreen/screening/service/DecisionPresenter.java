package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ClinicOverrideView;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.RuleExplanation;
import com.clinicscreen.screening.api.SessionGuidanceView;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.engine.FiredRule;
import com.clinicscreen.screening.engine.RuleTrace;
import com.clinicscreen.screening.engine.Screening;
import com.clinicscreen.screening.engine.TreatmentScreening;
import com.clinicscreen.screening.policy.Instruction;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.SessionGuidance;
import com.clinicscreen.screening.policy.SourceRef;
import com.clinicscreen.screening.policy.Treatment;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes screening results as API views in the caller's language. */
final class DecisionPresenter {

    private final Policy policy;
    private final Map<Goal, LocalizedText> goalLabels;
    // Each treatment's standard instructions, each code once: all a patient with no fired rule gets.
    private final Map<String, Collection<Instruction>> standardInstructions = new HashMap<>();

    DecisionPresenter(Policy policy, Map<Goal, LocalizedText> goalLabels) {
        this.policy = policy;
        this.goalLabels = goalLabels;
        for (Treatment treatment : policy.treatments().values()) {
            Map<String, Instruction> distinct = new LinkedHashMap<>();
            treatment.instructions().forEach(i -> distinct.putIfAbsent(i.code(), i));
            standardInstructions.put(treatment.code(), List.copyOf(distinct.values()));
        }
    }

    ReasonView reason(FiredRule fired, Language language) {
        var texts = fired.ruleCase().texts();
        Certainty certainty = fired.finding().certainty();
        LocalizedText note = switch (certainty) {
            case CONFIRMED -> null;
            case UNSURE -> policy.unsureNote();
            case NOT_ASKED -> policy.notAskedNote();
        };
        String resolve = fired.outcome() == Outcome.DEFER_UNTIL_RESOLVED && texts.resolve() != null
                ? texts.resolve().in(language) : null;
        return new ReasonView(fired.rule().code(), fired.rule().category(), fired.outcome(), fired.outcome().status(),
                fired.outcome().severity(),
                texts.summary().in(language), texts.patient().in(language), texts.clinician().in(language), certainty,
                note == null ? null : note.in(language), fired.outcome() == Outcome.DEFER_UNTIL_DATE ? fired.date() : null,
                resolve, fired.finding().answers(), fired.rule().ref(), sources(fired.rule().sources()),
                ClinicOverrideView.of(fired.ruleCase().clinicOverride()));
    }

    /**
     * The rule's primary sources (labels, regulators, peer-reviewed papers, guidelines); a rule resting on
     * clinic practice alone shows its secondary sources, marked so, rather than nothing.
     */
    private static List<ReasonView.SourceView> sources(List<SourceRef> sources) {
        boolean anyPrimary = sources.stream().anyMatch(SourceRef::primary);
        List<ReasonView.SourceView> views = new ArrayList<>(sources.size());
        for (SourceRef source : sources) {
            if (source.primary() || !anyPrimary) {
                views.add(new ReasonView.SourceView(source.id(), source.label(), source.url(),
                        source.primary() ? "primary" : "secondary"));
            }
        }
        return views;
    }


    /**
     * The fired rules' instructions then the treatment's standard ones, each once, split into before and after.
     * Preparation is dated from {@code today} at the earliest: a patient can only act from today, so a window
     * already under way starts today and one already over is left out (it is no longer something to do).
     */
    List<List<InstructionView>> instructions(TreatmentScreening screening, LocalDate treatmentDay, LocalDate today,
            Language language) {
        Collection<Instruction> standard = standardInstructions.get(screening.treatment().code());
        Collection<Instruction> all = standard;
        if (!screening.fired().isEmpty()) {
            Map<String, Instruction> merged = new LinkedHashMap<>();
            for (FiredRule fired : screening.fired()) {
                fired.ruleCase().instructions().forEach(i -> merged.putIfAbsent(i.code(), i));
            }
            standard.forEach(i -> merged.putIfAbsent(i.code(), i));
            all = merged.values();
        }
        List<InstructionView> before = new ArrayList<>(all.size());
        List<InstructionView> after = new ArrayList<>(all.size());
        for (Instruction instruction : all) {
            // Calendar arithmetic on the window the policy compiled from the parameter in force, like the rules.
            LocalDate start = treatmentDay == null || instruction.from() == null ? null
                    : treatmentDay.plus(instruction.from());
            LocalDate end = treatmentDay == null || instruction.to() == null ? null
                    : treatmentDay.plus(instruction.to());
            Integer fromDay = instruction.fromDay();
            if (instruction.phase() != Instruction.Phase.AFTER) {
                if (end != null && end.isBefore(today)) {
                    continue;
                }
                if (start != null && start.isBefore(today)) {
                    start = today;
                    // Kept in step with startDate, so the days and the dates never tell two stories.
                    fromDay = (int) ChronoUnit.DAYS.between(treatmentDay, today);
                }
            }
            InstructionView view = new InstructionView(instruction.code(), instruction.phase(), instruction.audience(),
                    fromDay, instruction.toDay(), start, end, instruction.text().in(language));
            (instruction.phase() == Instruction.Phase.AFTER ? after : before).add(view);
        }
        return List.of(before, after);
    }

    /** {@code interval} is the treatment's session interval in force: the next-session instruction's period too. */
    SessionGuidanceView guidance(SessionGuidance guidance, Period interval, List<TreatmentArea> areas,
            LocalDate treatmentDay, Language language) {
        List<SessionGuidanceView.NeedleDepth> depths = new ArrayList<>();
        for (TreatmentArea area : areas) {
            SessionGuidance.DepthRange range = guidance.needleDepthMm().get(area);
            if (range != null) {
                depths.add(new SessionGuidanceView.NeedleDepth(area, range.min(), range.max()));
            }
        }
        return new SessionGuidanceView(depths, guidance.minimumIntervalDays(), guidance.hardFloorIntervalDays(),
                treatmentDay == null || interval == null ? null : treatmentDay.plus(interval),
                guidance.sessions().in(language), guidance.notes() == null ? null : guidance.notes().in(language));
    }

    AlternativeView alternative(Screening.Alternative alternative, Language language) {
        TreatmentScreening screening = alternative.screening();
        List<AlternativeView.AlternativeReason> reasons = new ArrayList<>();
        for (FiredRule fired : screening.fired()) {
            reasons.add(new AlternativeView.AlternativeReason(fired.rule().code(), fired.outcome(),
                    fired.outcome().severity(), fired.ruleCase().texts().summary().in(language),
                    ClinicOverrideView.of(fired.ruleCase().clinicOverride())));
        }
        List<AlternativeView.GoalCoverage> covered = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        alternative.covered().forEach((goal, strength) -> {
            covered.add(new AlternativeView.GoalCoverage(goal, strength));
            goals.add(goalLabels.get(goal).in(language));
        });
        String why = (language == Language.ES ? "Trata: " : "Addresses: ") + String.join(", ", goals) + ". "
                + screening.treatment().description().in(language);
        var treatment = screening.treatment();
        return new AlternativeView(treatment.code(), treatment.name().in(language), screening.status(),
                alternative.bookableStatus() == DecisionStatus.CLINICIAN_REVIEW, alternative.bookableFrom(), covered,
                why, reasons);
    }

    List<RuleExplanation> explanation(TreatmentScreening screening) {
        List<RuleExplanation> rules = new ArrayList<>();
        for (RuleTrace trace : screening.traces()) {
            List<RuleExplanation.CaseExplanation> cases = new ArrayList<>();
            for (RuleTrace.CaseTrace c : trace.cases()) {
                var finding = c.finding();
                cases.add(new RuleExplanation.CaseExplanation(c.ruleCase().finding(), c.ruleCase().outcome(),
                        text(c.ruleCase().from()), text(c.ruleCase().until()), c.ruleCase().then(), c.result(),
                        finding == null ? null : finding.certainty(), finding == null ? null : finding.date(),
                        c.ruleCase().clinicOverride() == null ? null : c.ruleCase().clinicOverride().justification(),
                        ClinicOverrideView.of(c.ruleCase().clinicOverride())));
            }
            rules.add(new RuleExplanation(trace.rule().code(), trace.rule().ref(), trace.rule().effectRef(),
                    trace.fired() != null, trace.fired() == null ? null : trace.fired().outcome(), cases));
        }
        return rules;
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }
}
