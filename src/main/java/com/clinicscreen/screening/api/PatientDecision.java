package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.policy.Instruction;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The decision as a patient reads it (view=patient): the plain-language headline and message, when they
 * can book, each reason's patient text, the patient's own instructions by code with dates (their texts are
 * published once, in GET /v1/instructions), and the alternatives they can book without a clinician, with
 * their precautions. No clinician detail, sources, answers or rule internals, and no prescription regimen.
 * A result that cannot be booked lists only what its reasons ask of the patient before booking: the
 * treatment's own preparation and aftercare come with a booking.
 */
@Schema(description = "The decision as a patient reads it (view=patient): status, headline and message, when the patient "
        + "can book, each reason's patient text, the patient's own instructions with dates, and the alternatives that "
        + "can be booked without a clinician. No clinician detail, sources, answers or rule internals.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientDecision(
        @Schema(required = true, description = "Unique id of this decision (UUID), the same as in the full view.")
        String decisionId,
        @Schema(required = true, description = "The treatment screened for.") ScreeningDecision.TreatmentRef treatment,
        @Schema(required = true, description = "Highest precedence of all reasons: NOT_ELIGIBLE > DEFERRED > "
                + "CLINICIAN_REVIEW > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE.") DecisionStatus status,
        @Schema(required = true, description = "True when the patient may be booked without anyone deciding first.")
        boolean eligible,
        @Schema(description = "First day the patient can be booked without anyone's decision (YYYY-MM-DD).")
        LocalDate eligibleFrom,
        @Schema(description = "DEFERRED only: the first day any booking is possible (YYYY-MM-DD).") LocalDate notBefore,
        @Schema(description = "DEFERRED only: the status once every deferral has ended.") DecisionStatus afterDeferral,
        @Schema(required = true, description = "The date every rule was evaluated on (YYYY-MM-DD).")
        LocalDate evaluationDate,
        @Schema(required = true, maxLength = 120, description = "A few words for the patient, in the requested language.")
        String headline,
        @Schema(required = true, description = "What the decision means for the patient and what happens next, in plain "
                + "language.") String message,
        @Schema(required = true, description = "Every rule that fired, most severe first, as the patient reads it.")
        List<PatientReason> reasons,
        @Schema(required = true, description = "What must happen before the patient fills in the questionnaire again.")
        List<String> conditionsToResolve,
        @Schema(required = true, description = "The patient's before and day-of instructions, by code and dates (texts in "
                + "GET /v1/instructions). When the result cannot be booked (not eligible), only the before-treatment "
                + "instructions that the reasons standing in the way add, which apply before booking (e.g. keep "
                + "taking a prescribed blood thinner); the full view lists them all.")
        List<PatientInstruction> preparation,
        @Schema(required = true, description = "The patient's aftercare instructions, by code and dates (texts in "
                + "GET /v1/instructions); empty when the result cannot be booked (not eligible).")
        List<PatientInstruction> aftercare,
        @Schema(required = true, description = "Other treatments for the patient's goals that this patient can book "
                + "without a clinician's decision, now or from a date, with their precautions (those needing a "
                + "clinician or a prescription are in the full view).")
        List<PatientAlternative> alternatives,
        @Schema(required = true, description = "Answers the patient's medicine list contradicts, to show at their "
                + "fields (empty when none).") List<AnswerCheck> answerChecks,
        @Schema(required = true, description = "Language of the texts: en or es.", enumeration = {"en", "es"})
        String language,
        @Schema(required = true, enumeration = "patient", description = "Which view of the decision this is: patient.")
        String view) implements DecisionView {

    public static final String VIEW = "patient";
    private static final String LISTED_MEDICINE = "answers.medicines[";

    /** A fired rule as the patient reads it. */
    @Schema(name = "PatientReason", description = "A rule that fired, as the patient reads it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PatientReason(
            @Schema(required = true, description = "Stable rule code from the clinical reference.") String code,
            @Schema(required = true, description = "The decision status this reason alone gives.") DecisionStatus status,
            @Schema(required = true, description = "Plain-language explanation for the patient.") String text,
            @Schema(description = "When the patient answered \"not sure\" (or was not asked): what a clinician will "
                    + "confirm, since a confirmed answer may change this reason.") String note,
            @Schema(description = "For a date deferral: the first day this reason no longer applies (YYYY-MM-DD).")
            LocalDate eligibleFrom,
            @Schema(description = "For a condition that can be resolved: what resolves it.") String resolveBy,
            @Schema(description = "The medicines of the patient's own list (answers.medicines) that raised this reason, "
                    + "as the patient listed them, so the result can say which; absent when none did.")
            List<String> medicines) {}

    /**
     * One of the patient's instructions by code, with its dates when the treatment day is known; its text is
     * in GET /v1/instructions, the same for every patient, so each decision need not carry it.
     */
    @Schema(name = "PatientInstruction", description = "One of the patient's instructions, by code, with its dates "
            + "when the treatment day is known. Its text and phase are in `GET /v1/instructions` (the same for every "
            + "patient).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PatientInstruction(
            @Schema(required = true, description = "Stable instruction code: the key of its text and phase (BEFORE, "
                    + "DAY_OF, AFTER) in GET /v1/instructions.") String code,
            @Schema(description = "First day it applies (YYYY-MM-DD).") LocalDate startDate,
            @Schema(description = "Last day it applies (YYYY-MM-DD).") LocalDate endDate) {}

    /** An alternative the patient can book without a clinician, with what they must do to have it safely. */
    @Schema(name = "PatientAlternative", description = "An alternative the patient can book without a clinician's decision.")
    public record PatientAlternative(
            @Schema(required = true, description = "Catalog code of the treatment.") String code,
            @Schema(required = true, description = "Treatment name in the requested language.") String name,
            @Schema(required = true, description = "Why it is suggested, in the requested language; its advice leaves "
                    + "out what this patient's answers rule out.") String why,
            @Schema(required = true, description = "The first day it can be booked (YYYY-MM-DD): the evaluation date, "
                    + "or the day a date deferral ends.") LocalDate bookableFrom,
            @Schema(required = true, description = "What the patient must do or know to have it safely (e.g. take an "
                    + "antiviral before it), in the requested language; empty when it is simply eligible.")
            List<String> precautions) {}

    /** The patient's part of a full decision. */
    public static PatientDecision of(ScreeningDecision full) {
        List<PatientReason> reasons = full.reasons().stream()
                .map(r -> new PatientReason(r.code(), r.status(), r.patientText(), r.certaintyNote(), r.eligibleFrom(),
                        r.resolveBy(), listedMedicines(r)))
                .toList();
        List<PatientAlternative> alternatives = full.alternatives().stream()
                .filter(a -> !a.prescriptionRequired())
                .filter(a -> a.status().isEligible()
                        || a.status() == DecisionStatus.DEFERRED && !a.requiresClinicianReview())
                .map(a -> new PatientAlternative(a.code(), a.name(), a.why(), a.bookableFrom(), a.precautions()))
                .toList();
        List<PatientInstruction> preparation;
        List<PatientInstruction> aftercare;
        if (full.eligible()) {
            preparation = forPatient(full.preparation(), i -> true);
            aftercare = forPatient(full.aftercare(), i -> true);
        } else {
            // Until it can be booked, the patient acts only on what the reasons standing in the way ask before
            // treatment; the standard preparation and aftercare, and a precaution's, would be read as a plan for
            // a booking there is not (they come with the booking).
            Set<String> asked = new HashSet<>();
            full.reasons().stream().filter(r -> !r.status().isEligible()).forEach(r -> asked.addAll(r.instructions()));
            preparation = forPatient(full.preparation(),
                    i -> i.phase() == Instruction.Phase.BEFORE && asked.contains(i.code()));
            aftercare = List.of();
        }
        return new PatientDecision(full.decisionId(), full.treatment(), full.status(), full.eligible(),
                full.eligibleFrom(), full.notBefore(), full.afterDeferral(), full.evaluationDate(), full.headline(),
                full.message(), reasons, full.conditionsToResolve(), preparation, aftercare, alternatives,
                full.answerChecks(), full.language(), VIEW);
    }

    /** The names a listed medicine raised this reason with (answers.medicines[i]), once each; null for none. */
    private static List<String> listedMedicines(ReasonView reason) {
        if (reason.triggeredBy() == null) {
            return null;
        }
        List<String> names = reason.triggeredBy().stream()
                .filter(ref -> ref.path().startsWith(LISTED_MEDICINE) && ref.value() != null)
                .map(AnswerRef::value)
                .distinct()
                .toList();
        return names.isEmpty() ? null : names;
    }

    private static List<PatientInstruction> forPatient(List<InstructionView> instructions,
            Predicate<InstructionView> shown) {
        return instructions.stream()
                .filter(i -> i.audience() == Instruction.Audience.PATIENT && shown.test(i))
                .map(i -> new PatientInstruction(i.code(), i.startDate(), i.endDate()))
                .toList();
    }
}
