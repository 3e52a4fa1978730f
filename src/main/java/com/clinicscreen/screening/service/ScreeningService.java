package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.Goal;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.api.TreatmentArea;
import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.policy.GoalStrength;
import com.clinicscreen.screening.policy.Language;
import com.clinicscreen.screening.policy.LocalizedText;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyProvider;
import com.clinicscreen.screening.policy.Treatment;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.telemetry.DecisionTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Screens one intake: validate, turn answers into findings, apply the requested treatment's rules,
 * re-screen every other treatment that fits a goal, and write the decision. CPU-only and stateless.
 */
@ApplicationScoped
public class ScreeningService {

    private final Policy policy;
    private final ClinicCalendar calendar;
    private final String defaultTreatment;
    private final IntakeValidator validator;
    private final FindingExtractor extractor;
    private final DecisionPresenter presenter;
    private final DecisionTelemetry telemetry;

    public ScreeningService(PolicyProvider policyProvider, QuestionnaireProvider questionnaireProvider,
            ClinicCalendar calendar, ScreeningConfig config, DecisionTelemetry telemetry) {
        this.telemetry = telemetry;
        this.policy = policyProvider.policy();
        this.calendar = calendar;
        this.defaultTreatment = config.defaultTreatment();
        Questionnaire questionnaire = questionnaireProvider.questionnaire();
        this.validator = new IntakeValidator(questionnaire, policy, config.planningHorizonDays(),
                config.limits().maxListItems(), config.limits().maxStringLength());
        this.extractor = new FindingExtractor(policy.hba1cUncontrolledAtOrAbove());
        this.presenter = new DecisionPresenter(policy, goalLabels(questionnaire));
    }

    public ScreeningDecision screen(ScreeningRequest request, Language language, boolean explain) {
        long start = System.nanoTime();
        ScreeningDecision decision = decide(request, language, explain);
        telemetry.record(decision, System.nanoTime() - start);
        return decision;
    }

    private ScreeningDecision decide(ScreeningRequest request, Language language, boolean explain) {
        if (request == null) {
            throw new InvalidRequestException(List.of(FieldError.of("", "a request body is required")));
        }
        ScreeningRequest effective = request.treatment() == null
                ? new ScreeningRequest(defaultTreatment, request.plannedTreatmentDate(), request.answers())
                : request;
        LocalDate today = calendar.today();
        List<FieldError> errors = validator.validate(effective, today);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        LocalDate evaluationDate = effective.plannedTreatmentDate() == null ? today : effective.plannedTreatmentDate();
        return decide(effective.treatment(), extractor.extract(effective.answers()), effective.answers().treatmentAreas(),
                effective.answers().goals(), evaluationDate, language, explain);
    }

    /**
     * Screens findings that did not come from a validated intake (an EHR record). The caller answers for
     * what the findings cannot tell; evaluation date is today in the clinic's time zone.
     */
    public ScreeningDecision screenFindings(String treatmentCode, Findings findings, List<TreatmentArea> areas,
            List<Goal> goals, Language language) {
        long start = System.nanoTime();
        ScreeningDecision decision = decide(treatmentCode, findings, areas, goals, calendar.today(), language, false);
        telemetry.record(decision, System.nanoTime() - start);
        return decision;
    }

    /** Answers already turned into findings for the extractor's callers, e.g. a completed intake in an EHR record. */
    public Findings findingsOf(ScreeningRequest request) {
        return extractor.extract(request.answers());
    }

    private ScreeningDecision decide(String treatmentCode, Findings findings, List<TreatmentArea> areas,
            List<Goal> goals, LocalDate evaluationDate, Language language, boolean explain) {
        Treatment treatment = policy.treatments().get(treatmentCode);
        TreatmentScreening screening = RuleEvaluator.screen(treatment, findings, evaluationDate, explain);

        List<ReasonView> reasons = new ArrayList<>();
        List<String> toResolve = new ArrayList<>();
        LocalDate latestDate = null;
        for (FiredRule fired : screening.fired()) {
            ReasonView reason = presenter.reason(fired, language);
            reasons.add(reason);
            if (reason.resolveBy() != null) {
                toResolve.add(reason.resolveBy());
            }
            if (fired.date() != null && (latestDate == null || fired.date().isAfter(latestDate))) {
                latestDate = fired.date();
            }
        }
        DecisionStatus status = screening.status();
        LocalDate eligibleFrom = switch (status) {
            case NOT_ELIGIBLE -> null;
            case DEFERRED -> latestDate;
            default -> evaluationDate;
        };
        boolean bookable = status != DecisionStatus.NOT_ELIGIBLE;
        List<List<InstructionView>> instructions = bookable
                ? presenter.instructions(screening, eligibleFrom, language) : List.of(List.of(), List.of());
        var guidance = bookable && treatment.sessionGuidance() != null
                ? presenter.guidance(treatment.sessionGuidance(), areas, eligibleFrom, language)
                : null;
        return new ScreeningDecision(UUID.randomUUID().toString(),
                new ScreeningDecision.TreatmentRef(treatment.code(), treatment.name().in(language)), status,
                status.isEligible(), eligibleFrom, evaluationDate, reasons, toResolve, instructions.get(0),
                instructions.get(1), guidance,
                alternatives(treatment, goals, findings, evaluationDate, language),
                new ScreeningDecision.PolicyRef(policy.id(), policy.version(), policy.sha256()), language.tag(),
                explain ? presenter.explanation(screening) : null);
    }

    /**
     * Every other catalog treatment that addresses one of the goals, screened with the same findings;
     * only those this patient may have are suggested: most goals covered first, then most main
     * indications, then the least restrictive status.
     */
    private List<AlternativeView> alternatives(Treatment requested, List<Goal> goals, Findings findings,
            LocalDate evaluationDate, Language language) {
        List<Candidate> candidates = new ArrayList<>();
        for (Treatment candidate : policy.treatments().values()) {
            if (candidate.code().equals(requested.code())) {
                continue;
            }
            List<AlternativeView.GoalCoverage> covered = new ArrayList<>();
            int primary = 0;
            for (Goal goal : goals) {
                GoalStrength strength = candidate.goals().get(goal);
                if (strength != null) {
                    covered.add(new AlternativeView.GoalCoverage(goal, strength));
                    primary += strength == GoalStrength.PRIMARY ? 1 : 0;
                }
            }
            if (covered.isEmpty()) {
                continue;
            }
            TreatmentScreening screening = RuleEvaluator.screen(candidate, findings, evaluationDate, false);
            DecisionStatus status = screening.status();
            if (status.isEligible() || status == DecisionStatus.CLINICIAN_REVIEW) {
                candidates.add(new Candidate(screening, covered, primary, candidates.size()));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.covered().size())
                .thenComparingInt(c -> -c.primary())
                .thenComparingInt(c -> -c.screening().status().ordinal())
                .thenComparingInt(Candidate::catalogOrder));
        List<AlternativeView> views = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            views.add(presenter.alternative(candidate.screening(), candidate.covered(), language));
        }
        return views;
    }

    private record Candidate(TreatmentScreening screening, List<AlternativeView.GoalCoverage> covered, int primary,
            int catalogOrder) {}

    private static Map<Goal, LocalizedText> goalLabels(Questionnaire questionnaire) {
        Map<Goal, LocalizedText> labels = new EnumMap<>(Goal.class);
        questionnaire.items().stream().filter(item -> item.fieldTemplate().equals("answers.goals")).findFirst()
                .ifPresent(item -> item.options().forEach(o -> labels.put(Goal.valueOf(o.value()), o.label())));
        for (Goal goal : Goal.values()) {
            labels.putIfAbsent(goal, new LocalizedText(goal.name(), goal.name()));
        }
        return labels;
    }
}
