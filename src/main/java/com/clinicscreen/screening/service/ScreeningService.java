package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.engine.FiredRule;
import com.clinicscreen.screening.engine.Screener;
import com.clinicscreen.screening.engine.Screening;
import com.clinicscreen.screening.engine.TreatmentScreening;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.Treatment;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.telemetry.DecisionTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Screens one intake: validate, turn answers into findings, let the engine decide, and write the decision
 * in the caller's language. CPU-only and stateless.
 */
@ApplicationScoped
public class ScreeningService {

    private final Policy policy;
    private final Screener screener;
    private final ClinicCalendar calendar;
    private final String defaultTreatment;
    private final IntakeValidation validation;
    private final FindingExtractor extractor;
    private final DecisionPresenter presenter;
    private final DecisionTelemetry telemetry;
    private final ScreeningDecision.PolicyRef policyRef;

    public ScreeningService(PolicyProvider policyProvider, QuestionnaireProvider questionnaireProvider,
            ClinicCalendar calendar, ScreeningConfig config, DecisionTelemetry telemetry, Validator validator) {
        this.telemetry = telemetry;
        this.policy = policyProvider.policy();
        this.screener = new Screener(policy);
        this.calendar = calendar;
        this.defaultTreatment = config.defaultTreatment();
        Questionnaire questionnaire = questionnaireProvider.questionnaire();
        this.validation = new IntakeValidation(new IntakeValidator(questionnaire, policy, config.planningHorizonDays()),
                calendar, questionnaire, validator);
        this.extractor = new FindingExtractor(policy.hba1cUncontrolledAtOrAbove());
        this.presenter = new DecisionPresenter(policy, goalLabels(questionnaire));
        this.policyRef = new ScreeningDecision.PolicyRef(policy.id(), policy.version(), policy.sha256(),
                policy.clinic() == null ? null : policy.clinic().id(),
                policy.clinic() == null ? null : policy.clinic().sha256());
    }

    public ScreeningDecision screen(ScreeningRequest request, Language language, boolean explain,
            AlternativesMode alternatives) {
        long start = System.nanoTime();
        ScreeningDecision decision = decide(request, language, explain, alternatives);
        telemetry.record(decision, System.nanoTime() - start);
        return decision;
    }

    public ScreeningDecision screen(ScreeningRequest request, Language language, boolean explain) {
        return screen(request, language, explain, AlternativesMode.AUTO);
    }

    private ScreeningDecision decide(ScreeningRequest request, Language language, boolean explain,
            AlternativesMode alternatives) {
        if (request == null) {
            throw new InvalidRequestException(List.of(FieldProblem.of("", ProblemKey.BODY_REQUIRED)));
        }
        ScreeningRequest effective = request.treatment() == null
                ? new ScreeningRequest(defaultTreatment, request.plannedTreatmentDate(), request.answers())
                : request;
        LocalDate today = calendar.today();
        List<FieldProblem> errors = validation.problems(effective, today);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        LocalDate evaluationDate = effective.plannedTreatmentDate() == null ? today : effective.plannedTreatmentDate();
        return decide(effective.treatment(), extractor.extract(effective.answers()), effective.answers().treatmentAreas(),
                effective.answers().goals(), evaluationDate, language, explain, alternatives);
    }

    /**
     * Screens findings that did not come from a validated intake (an EHR record). The caller answers for
     * what the findings cannot tell; evaluation date is today in the clinic's time zone.
     */
    public ScreeningDecision screenFindings(String treatmentCode, Findings findings, List<TreatmentArea> areas,
            List<Goal> goals, Language language) {
        long start = System.nanoTime();
        ScreeningDecision decision = decide(treatmentCode, findings, areas, goals, calendar.today(), language, false,
                AlternativesMode.AUTO);
        telemetry.record(decision, System.nanoTime() - start);
        return decision;
    }

    /**
     * What is wrong with an intake that did not come through the API (a completed form in an EHR record),
     * checked exactly as the API checks it; empty when it can be screened.
     */
    public List<FieldProblem> problemsOf(ScreeningRequest request) {
        ScreeningRequest effective = request.treatment() == null
                ? new ScreeningRequest(defaultTreatment, request.plannedTreatmentDate(), request.answers())
                : request;
        return validation.problems(effective, calendar.today());
    }

    /** Answers already turned into findings for the extractor's callers, e.g. a completed intake in an EHR record. */
    public Findings findingsOf(ScreeningRequest request) {
        return extractor.extract(request.answers());
    }

    /** Whether a caller may ask for this treatment: an intake screens it fully and the clinic offers it. */
    public boolean isRequestable(String treatmentCode) {
        Treatment treatment = policy.treatments().get(treatmentCode);
        return treatment != null && treatment.requestable() && treatment.offered();
    }

    private ScreeningDecision decide(String treatmentCode, Findings findings, List<TreatmentArea> areas,
            List<Goal> goals, LocalDate evaluationDate, Language language, boolean explain,
            AlternativesMode alternativesMode) {
        Screening screening = screener.screen(treatmentCode, findings, goals, evaluationDate, alternativesMode, explain);
        TreatmentScreening requested = screening.requested();
        Treatment treatment = requested.treatment();

        List<ReasonView> reasons = new ArrayList<>();
        List<String> toResolve = new ArrayList<>();
        for (FiredRule fired : requested.fired()) {
            ReasonView reason = presenter.reason(fired, language);
            reasons.add(reason);
            if (reason.resolveBy() != null) {
                toResolve.add(reason.resolveBy());
            }
        }
        DecisionStatus status = requested.status();
        boolean bookable = status != DecisionStatus.NOT_ELIGIBLE;
        LocalDate treatmentDay = screening.eligibleFrom() != null ? screening.eligibleFrom() : screening.notBefore();
        List<List<InstructionView>> instructions = bookable
                ? presenter.instructions(requested, treatmentDay, calendar.today(), language) : List.of(List.of(), List.of());
        var guidance = bookable && treatment.sessionGuidance() != null
                ? presenter.guidance(treatment.sessionGuidance(), treatment.sessionInterval(), areas, treatmentDay,
                        language)
                : null;
        List<AlternativeView> alternatives = new ArrayList<>(screening.alternatives().size());
        for (Screening.Alternative alternative : screening.alternatives()) {
            alternatives.add(presenter.alternative(alternative, language));
        }
        String treatmentName = treatment.name().in(language);
        boolean bookableAlternatives = alternatives.stream().anyMatch(a -> a.status().isEligible());
        String decisionId = UUID.randomUUID().toString();
        // The reference a patient quotes to the clinic: the decision id's first block, enough to find it.
        var message = DecisionMessages.of(new DecisionMessages.Situation(status, treatmentName, screening.eligibleFrom(),
                screening.notBefore(), screening.afterDeferral(), !toResolve.isEmpty(), bookableAlternatives,
                decisionId.substring(0, 8).toUpperCase(java.util.Locale.ROOT)), language);
        return new ScreeningDecision(decisionId,
                new ScreeningDecision.TreatmentRef(treatment.code(), treatmentName), status,
                status.isEligible(), screening.eligibleFrom(), screening.notBefore(), screening.afterDeferral(),
                evaluationDate, message.headline(), message.message(), reasons, toResolve, instructions.get(0), instructions.get(1), guidance, alternatives,
                policyRef, language.tag(), explain ? presenter.explanation(requested) : null,
                ScreeningDecision.VIEW);
    }

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
