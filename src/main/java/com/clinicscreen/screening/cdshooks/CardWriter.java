package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a decision as a CDS Hooks card: indicator by status, summary under 140 characters, markdown
 * detail naming the record entry behind each reason, alternatives as suggestions, override reasons and a
 * link to the full intake. Without a completed intake the card is at least a warning and lists the
 * questions the record cannot answer.
 */
public final class CardWriter {

    static final String OVERRIDE_SYSTEM = "https://contraindication-screening.example/fhir/CodeSystem/override-reason";
    static final String TREATMENT_SYSTEM = "https://contraindication-screening.example/fhir/CodeSystem/treatment";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String baseUrl;
    private final FhirQuestionnaire questionnaire;

    public CardWriter(String baseUrl, FhirQuestionnaire questionnaire) {
        this.baseUrl = baseUrl;
        this.questionnaire = questionnaire;
    }

    /**
     * The hook's context: the patient, the proposed appointment a suggestion may replace, the card language,
     * and the booked service codings that named no treatment this service screens (empty when none).
     */
    public record Context(String hook, String patientId, String proposedAppointmentId, Language language,
            List<String> unknownServices) {}

    public ObjectNode cards(ScreeningDecision decision, RecordFindings record, Context context) {
        CardTexts texts = CardTexts.of(context.language());
        ObjectNode response = JSON.objectNode();
        ArrayNode cards = response.putArray("cards");
        List<Questionnaire.Item> toAsk = record.hasIntake() ? List.of() : questionsToAsk(record);
        ObjectNode card = cards.addObject();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", summary(decision, toAsk.size(), record.unclassified().size(), texts));
        card.put("indicator", indicator(decision.status(), !toAsk.isEmpty()));
        card.put("detail", detail(decision, record, toAsk, context, texts));
        ObjectNode source = card.putObject("source");
        source.put("label", "Contraindication screening (policy " + decision.policy().id() + " " + decision.policy().version() + ")");
        source.put("url", baseUrl + "/v1/policy");
        List<AlternativeView> alternatives = record.hasIntake() && !decision.eligible() ? decision.alternatives() : List.of();
        if (!alternatives.isEmpty()) {
            ArrayNode suggestions = card.putArray("suggestions");
            for (int i = 0; i < alternatives.size(); i++) {
                suggestions.add(suggestion(alternatives.get(i), i == 0, decision, context, texts));
            }
            card.put("selectionBehavior", "at-most-one");
        }
        if (decision.status() != DecisionStatus.ELIGIBLE) {
            ArrayNode reasons = card.putArray("overrideReasons");
            override(reasons, "clinician-reviewed", texts.overrideReviewed());
            override(reasons, "record-outdated", texts.overrideOutdated());
            override(reasons, "patient-informed-consent", texts.overrideConsent());
        }
        ArrayNode links = card.putArray("links");
        links.addObject().put("label", texts.questionnaireLink())
                .put("url", baseUrl + "/fhir/Questionnaire/" + questionnaire.id()).put("type", "absolute");
        return response;
    }

    private static String summary(ScreeningDecision decision, int questions, int notConsidered, CardTexts texts) {
        String name = decision.treatment().name();
        String text = name + ": " + texts.status().get(decision.status()) + switch (decision.status()) {
            case NOT_ELIGIBLE, CLINICIAN_REVIEW -> firstReason(decision);
            case DEFERRED -> (decision.eligibleFrom() == null ? "" : texts.until() + decision.eligibleFrom()) + firstReason(decision);
            default -> "";
        };
        if (questions > 0) {
            // The decision leads; a patient the record cannot clear is never shown as eligible.
            text = decision.status().isEligible()
                    ? name + ": " + texts.completeIntakeFirst().formatted(questions)
                    : text + texts.intakeIncomplete();
        }
        if (notConsidered > 0) {
            text += notConsidered == 1 ? texts.notConsideredOne() : texts.notConsideredMany().formatted(notConsidered);
        }
        return text.length() < 140 ? text : text.substring(0, 136) + "...";
    }

    private static String firstReason(ScreeningDecision decision) {
        return decision.reasons().isEmpty() ? "" : " (" + decision.reasons().get(0).code() + ")";
    }

    private static String indicator(DecisionStatus status, boolean incomplete) {
        return switch (status) {
            case NOT_ELIGIBLE -> "critical";
            case DEFERRED, CLINICIAN_REVIEW -> "warning";
            default -> incomplete ? "warning" : "info";
        };
    }

    private String detail(ScreeningDecision decision, RecordFindings record, List<Questionnaire.Item> toAsk, Context context,
            CardTexts texts) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(decision.treatment().name()).append(": ").append(decision.status()).append("**");
        if (decision.eligibleFrom() != null && decision.status() == DecisionStatus.DEFERRED) {
            md.append(texts.notBefore()).append(decision.eligibleFrom());
        }
        md.append("\n\n");
        for (String service : context.unknownServices()) {
            md.append(texts.bookedUnknown().formatted(service, decision.treatment().name())).append("\n\n");
        }
        if (!decision.reasons().isEmpty()) {
            md.append(texts.reasons()).append("\n\n");
            for (ReasonView reason : decision.reasons()) {
                md.append("- **").append(reason.code()).append("** (").append(reason.outcome()).append("): ")
                        .append(reason.summary()).append(' ').append(texts.source()).append(' ')
                        .append(sources(reason.triggeredBy())).append('\n');
            }
            md.append('\n');
        }
        if (!toAsk.isEmpty()) {
            md.append(texts.askBeforeBooking()).append("\n\n");
            for (Questionnaire.Item item : toAsk) {
                md.append("- ").append(item.id()).append(": ").append(item.text().in(context.language())).append('\n');
            }
            md.append('\n');
        }
        if (!record.notInIntake().isEmpty()) {
            md.append(texts.disagree()).append("\n\n");
            for (Finding finding : record.notInIntake()) {
                md.append("- ").append(texts.inRecordNotInIntake().formatted(finding.code(), sources(finding.answers())))
                        .append('\n');
            }
            md.append('\n');
        }
        if (!record.unclassified().isEmpty()) {
            md.append(texts.notConsidered()).append("\n\n");
            for (RecordItem item : record.unclassified()) {
                md.append("- ").append(item.reference()).append(": ").append(item.display().isEmpty() ? texts.noText() : item.display())
                        .append(item.codes().isEmpty() ? "" : " [" + item.codes() + "]").append(" - ")
                        .append(item.why() == RecordItem.Why.NOT_IN_TERMINOLOGY ? texts.notInTerminology() : texts.medicationNotReadable())
                        .append('\n');
            }
            md.append('\n');
        }
        if (!record.intakeProblems().isEmpty()) {
            md.append(texts.intakeUnusable()).append(String.join("; ", record.intakeProblems())).append("\n\n");
        }
        md.append(texts.decisionLine().formatted(decision.decisionId(), decision.policy().version(), decision.evaluationDate()));
        return md.toString();
    }

    private static String sources(List<AnswerRef> answers) {
        List<String> parts = new ArrayList<>();
        for (AnswerRef answer : answers) {
            parts.add(answer.path() + (answer.value() == null ? "" : " " + answer.value()));
        }
        return String.join("; ", parts);
    }

    /** Required questions of the intake the record did not answer. */
    private List<Questionnaire.Item> questionsToAsk(RecordFindings record) {
        List<Questionnaire.Item> items = new ArrayList<>();
        for (Questionnaire.Item item : questionnaire.definition().items()) {
            if (item.required() && item.enableWhen().isEmpty() && !record.answeredByRecord().contains(item.id())) {
                items.add(item);
            }
        }
        return items;
    }

    private ObjectNode suggestion(AlternativeView alternative, boolean recommended, ScreeningDecision decision, Context context,
            CardTexts texts) {
        ObjectNode suggestion = JSON.objectNode();
        // A date-deferred alternative is proposed with its date: the draft order must not read as "now".
        boolean later = alternative.status() == DecisionStatus.DEFERRED && alternative.bookableFrom() != null;
        suggestion.put("label", texts.consider().formatted(alternative.name())
                + (later ? texts.notBefore() + alternative.bookableFrom() : "")
                + (alternative.requiresClinicianReview() ? texts.clinicianReview() : ""));
        suggestion.put("uuid", UUID.randomUUID().toString());
        if (recommended) {
            suggestion.put("isRecommended", true);
        }
        ArrayNode actions = suggestion.putArray("actions");
        if (context.proposedAppointmentId() != null) {
            actions.addObject().put("type", "delete")
                    .put("description", texts.removeAppointment().formatted(decision.treatment().name()))
                    .put("resourceId", "Appointment/" + context.proposedAppointmentId());
        }
        ObjectNode create = actions.addObject();
        create.put("type", "create");
        create.put("description", texts.proposeInstead().formatted(alternative.name()));
        ObjectNode request = create.putObject("resource");
        request.put("resourceType", "ServiceRequest");
        request.put("status", "draft");
        request.put("intent", "proposal");
        ObjectNode code = request.putObject("code");
        code.putArray("coding").addObject().put("system", TREATMENT_SYSTEM).put("code", alternative.code())
                .put("display", alternative.name());
        code.put("text", alternative.name());
        request.putObject("subject").put("reference", "Patient/" + context.patientId());
        return suggestion;
    }

    private static void override(ArrayNode reasons, String code, String display) {
        reasons.addObject().put("system", OVERRIDE_SYSTEM).put("code", code).put("display", display);
    }
}
