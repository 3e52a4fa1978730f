package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.AnswerCheck;
import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.api.ListedMedicineView;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.api.PartialScreening;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.engine.FiredRule;
import com.clinicscreen.screening.engine.Screener;
import com.clinicscreen.screening.engine.Screening;
import com.clinicscreen.screening.engine.TreatmentScreening;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.Treatment;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.telemetry.DecisionTelemetry;
import com.clinicscreen.screening.terminology.Terminology;
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
    private final MedicineListReader medicines;
    private final AnswerChecks answerChecks;
    private final DecisionPresenter presenter;
    private final DecisionTelemetry telemetry;
    private final ScreeningDecision.PolicyRef policyRef;

    public ScreeningService(PolicyProvider policyProvider, QuestionnaireProvider questionnaireProvider,
            ClinicCalendar calendar, ScreeningConfig config, DecisionTelemetry telemetry, Validator validator,
            Terminology terminology, MedicineIndex medicineIndex, ProblemTexts texts) {
        this.telemetry = telemetry;
        this.policy = policyProvider.policy();
        this.screener = new Screener(policy);
        this.calendar = calendar;
        this.defaultTreatment = config.defaultTreatment();
        Questionnaire questionnaire = questionnaireProvider.questionnaire();
        this.validation = new IntakeValidation(new IntakeValidator(questionnaire, policy, config.planningHorizonDays()),
                calendar, questionnaire, validator);
        this.medicines = new MedicineListReader(terminology, medicineIndex);
        this.extractor = new FindingExtractor(policy.hba1cUncontrolledAtOrAbove(), medicines);
        this.answerChecks = new AnswerChecks(questionnaire, terminology, texts);
        this.presenter = new DecisionPresenter(policy, goalLabels(questionnaire));
        this.policyRef = new ScreeningDecision.PolicyRef(policy.id(), policy.version(), policy.sha256(),
                policy.clinic() == null ? null : policy.clinic().id(),
                policy.clinic() == null ? null : policy.clinic().sha256());
    }

    /** How this service reads a patient's medicine list, for the other paths that read one (CDS Hooks). */
    public MedicineListReader medicineListReader() {
        return medicines;
    }

    public ScreeningDecision screen(ScreeningRequest request, Language language, boolean explain,
            AlternativesMode alternatives) {
        long start = System.nanoTime();
        ScreeningDecision decision = decide(request, language, explain, alternatives);
        telemetry.record(decision, System.nanoTime() - start);
        return decision;
    }

    /**
     * The same work as {@link #screen} without counting a decision: for the start's warm-up, whose canned
     * screenings are no patient's.
     */
    ScreeningDecision rehearse(ScreeningRequest request, Language language, boolean explain,
            AlternativesMode alternatives) {
        return decide(request, language, explain, alternatives);
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
        List<MedicineListReader.ReadMedicine> listed = medicines.read(effective.answers().medicines());
        Screening screening = screener.screen(effective.treatment(), extractor.extract(effective.answers(), listed),
                effective.answers().goals(), evaluationDate, alternatives, explain);
        return present(screening, effective.answers().treatmentAreas(), language, explain, false,
                answerChecks.of(effective, listed, language), medicineViews(effective.answers().medicines(), listed));
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
        return present(screening, areas, language, explain, false, List.of(), null);
    }

    /**
     * Screens an in-progress intake (questions not answered yet are allowed; the answers given are checked
     * as strictly as in a full screening) and says what it settles; see {@link PartialScreening}.
     */
    public PartialScreening screenPartial(ScreeningRequest request, Language language, AlternativesMode alternatives) {
        if (request == null) {
            throw new InvalidRequestException(List.of(FieldProblem.of("", ProblemKey.BODY_REQUIRED)));
        }
        ScreeningRequest effective = request.treatment() == null
                ? new ScreeningRequest(defaultTreatment, request.plannedTreatmentDate(), request.answers())
                : request;
        LocalDate today = calendar.today();
        IntakeValidation.Partial problems = validation.partialProblems(effective, today);
        if (!problems.errors().isEmpty()) {
            throw new InvalidRequestException(problems.errors());
        }
        if (problems.unanswered().isEmpty()) {
            ScreeningDecision decision = screen(effective, language, false, alternatives);
            return new PartialScreening(true, true, true, List.of(), decision, decision.answerChecks());
        }
        LocalDate evaluationDate = effective.plannedTreatmentDate() == null ? today : effective.plannedTreatmentDate();
        IntakeAnswers answers = effective.answers();
        List<MedicineListReader.ReadMedicine> listed = medicines.read(answers.medicines());
        // Said at every step, final or not: the patient can correct the answer before going on.
        List<AnswerCheck> checks = answerChecks.of(effective, listed, language);
        Screening screening = screener.screen(effective.treatment(), extractor.extract(answers, listed),
                answers.goals() == null ? List.of() : answers.goals(), evaluationDate, alternatives, false);
        Settled settled = settled(screening);
        if (settled == Settled.NOTHING) {
            return new PartialScreening(false, false, false, problems.unanswered(), null, checks);
        }
        ScreeningDecision decision = present(screening,
                answers.treatmentAreas() == null ? List.of() : answers.treatmentAreas(), language, false, true, checks,
                medicineViews(answers.medicines(), listed));
        return new PartialScreening(false, true, settled == Settled.STATUS, problems.unanswered(), decision, checks);
    }

    /** What a screening of the answers given so far settles, whatever the questions still open will add. */
    private enum Settled { NOTHING, UNBOOKABLE, STATUS }

    /**
     * More answers only add findings, and each rule keeps its most restrictive match, so a rule that fired
     * stays fired at least as severely, unless a later answer can replace the finding it fired on with a
     * less cautious one ({@link Findings.Builder}: a later date can leave a rule's window; a confirmed date can
     * turn an unsure, undated deferral into a dated one). A finding without a date cannot be replaced by one
     * with a date, nor can one that no other question raises ({@link FindingExtractor#SINGLE_SOURCE}); a rule
     * fired on such a finding is certain. A certain NOT_ELIGIBLE settles the status; a certain deferral until
     * something resolves settles that the treatment cannot be booked, nor dated, before it resolves (the status
     * may still become NOT_ELIGIBLE).
     */
    private static Settled settled(Screening screening) {
        Settled settled = Settled.NOTHING;
        for (FiredRule fired : screening.requested().fired()) {
            Finding finding = fired.finding();
            boolean certain = finding.certainty() != Certainty.NOT_ASKED
                    && (finding.date() == null || FindingExtractor.SINGLE_SOURCE.contains(finding.code()));
            if (!certain) {
                continue;
            }
            if (fired.outcome() == Outcome.NOT_ELIGIBLE) {
                return Settled.STATUS;
            }
            if (fired.outcome() == Outcome.DEFER_UNTIL_RESOLVED) {
                settled = Settled.UNBOOKABLE;
            }
        }
        return settled;
    }

    /**
     * The decision as the caller reads it. {@code incomplete}: screened before every question was answered,
     * so an alternative is suggested only for a clinician to review, its own screening being incomplete.
     */
    private ScreeningDecision present(Screening screening, List<TreatmentArea> areas, Language language,
            boolean explain, boolean incomplete, List<AnswerCheck> checks, List<ListedMedicineView> medicineViews) {
        TreatmentScreening requested = screening.requested();
        Treatment treatment = requested.treatment();

        List<ReasonView> reasons = new ArrayList<>();
        List<String> toResolve = new ArrayList<>();
        boolean untilAfterPregnancy = false;
        boolean otherConditions = false;
        LocalDate dueDate = null;
        for (FiredRule fired : requested.fired()) {
            ReasonView reason = presenter.reason(fired, language);
            reasons.add(reason);
            if (reason.resolveBy() != null) {
                toResolve.add(reason.resolveBy());
                // A pregnancy resolves with the birth: the patient is told so, with the due date they gave.
                if (fired.finding().code() == FindingCode.PREGNANT) {
                    untilAfterPregnancy = true;
                    dueDate = fired.finding().date();
                } else {
                    otherConditions = true;
                }
            }
        }
        DecisionStatus status = requested.status();
        // Before every question is answered, instructions and what follows a deferral would be worked out from
        // part of the answers: neither is said (a final partial decision cannot be booked anyway).
        boolean bookable = status != DecisionStatus.NOT_ELIGIBLE && !incomplete;
        DecisionStatus afterDeferral = incomplete ? null : screening.afterDeferral();
        LocalDate treatmentDay = screening.eligibleFrom() != null ? screening.eligibleFrom() : screening.notBefore();
        List<List<InstructionView>> instructions = bookable
                ? presenter.instructions(requested, treatmentDay, calendar.today(), language) : List.of(List.of(), List.of());
        var guidance = bookable && treatment.sessionGuidance() != null
                ? presenter.guidance(treatment.sessionGuidance(), treatment.sessionInterval(), areas, treatmentDay,
                        language)
                : null;
        List<AlternativeView> alternatives = new ArrayList<>(screening.alternatives().size());
        for (Screening.Alternative alternative : screening.alternatives()) {
            AlternativeView view = presenter.alternative(alternative, language);
            alternatives.add(incomplete ? toReview(view) : view);
        }
        String treatmentName = treatment.name().in(language);
        // What the patient can book themselves: a prescription is staff's to suggest.
        boolean bookableAlternatives = alternatives.stream()
                .anyMatch(a -> a.status().isEligible() && !a.prescriptionRequired());
        String decisionId = UUID.randomUUID().toString();
        // The reference a patient quotes to the clinic: the decision id's first block, enough to find it.
        var message = DecisionMessages.of(new DecisionMessages.Situation(status, screening.eligibleFrom(),
                screening.notBefore(), afterDeferral, untilAfterPregnancy, dueDate, otherConditions,
                bookableAlternatives, decisionId.substring(0, 8).toUpperCase(java.util.Locale.ROOT)), language);
        return new ScreeningDecision(decisionId,
                new ScreeningDecision.TreatmentRef(treatment.code(), treatmentName), status,
                status.isEligible(), screening.eligibleFrom(), screening.notBefore(), afterDeferral,
                screening.evaluationDate(), message.headline(), message.message(), reasons, toResolve, instructions.get(0), instructions.get(1), guidance, alternatives,
                policyRef, language.tag(), explain ? presenter.explanation(requested) : null, checks, medicineViews,
                ScreeningDecision.VIEW);
    }

    /** How each listed medicine was read, for staff; null when the intake has no list (not asked). */
    private static List<ListedMedicineView> medicineViews(List<ListedMedicine> asked,
            List<MedicineListReader.ReadMedicine> listed) {
        if (asked == null) {
            return null;
        }
        List<ListedMedicineView> views = new ArrayList<>(listed.size());
        for (MedicineListReader.ReadMedicine medicine : listed) {
            views.add(new ListedMedicineView(medicine.field(), medicine.medicine().name(), medicine.medicine().rxcui(),
                    medicine.recognised(), medicine.classes().stream()
                            .map(c -> new ListedMedicineView.MedicineClassView(c.name(), c.label())).toList()));
        }
        return List.copyOf(views);
    }

    private static AlternativeView toReview(AlternativeView view) {
        return new AlternativeView(view.code(), view.name(), view.status().strongest(DecisionStatus.CLINICIAN_REVIEW),
                true, view.bookableFrom(), view.goalsCovered(), view.why(), view.prescriptionRequired(),
                view.precautions(), view.reasons());
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
