package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.DecisionStatus;
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

    /** The hook's context for suggestions: the patient, and the proposed appointment a suggestion may replace. */
    public record Context(String hook, String patientId, String proposedAppointmentId) {}

    public ObjectNode cards(ScreeningDecision decision, RecordFindings record, Context context) {
        ObjectNode response = JSON.objectNode();
        ArrayNode cards = response.putArray("cards");
        List<Questionnaire.Item> toAsk = record.hasIntake() ? List.of() : questionsToAsk(record);
        ObjectNode card = cards.addObject();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", summary(decision, toAsk.size()));
        card.put("indicator", indicator(decision.status(), !toAsk.isEmpty()));
        card.put("detail", detail(decision, record, toAsk));
        ObjectNode source = card.putObject("source");
        source.put("label", "Contraindication screening (policy " + decision.policy().id() + " " + decision.policy().version() + ")");
        source.put("url", baseUrl + "/v1/policy");
        List<AlternativeView> alternatives = record.hasIntake() && !decision.eligible() ? decision.alternatives() : List.of();
        if (!alternatives.isEmpty()) {
            ArrayNode suggestions = card.putArray("suggestions");
            for (int i = 0; i < alternatives.size(); i++) {
                suggestions.add(suggestion(alternatives.get(i), i == 0, context));
            }
            card.put("selectionBehavior", "at-most-one");
        }
        if (decision.status() != DecisionStatus.ELIGIBLE) {
            ArrayNode reasons = card.putArray("overrideReasons");
            override(reasons, "clinician-reviewed", "Clinician reviewed - proceed");
            override(reasons, "record-outdated", "Record information is outdated");
            override(reasons, "patient-informed-consent", "Patient informed; consent documented");
        }
        ArrayNode links = card.putArray("links");
        links.addObject().put("label", "Microneedling intake questionnaire (FHIR)")
                .put("url", baseUrl + "/fhir/Questionnaire/" + questionnaire.id()).put("type", "absolute");
        return response;
    }

    private static String summary(ScreeningDecision decision, int questions) {
        String name = decision.treatment().name();
        String text = switch (decision.status()) {
            case NOT_ELIGIBLE -> name + ": not eligible" + firstReason(decision);
            case DEFERRED -> name + ": deferred" + (decision.eligibleFrom() == null ? "" : " until " + decision.eligibleFrom())
                    + firstReason(decision);
            case CLINICIAN_REVIEW -> name + ": clinician review needed" + firstReason(decision);
            case ELIGIBLE_WITH_PRECAUTIONS -> name + ": eligible with precautions";
            case ELIGIBLE -> name + ": eligible";
        };
        if (questions > 0) {
            // The decision leads; a patient the record cannot clear is never shown as eligible.
            text = decision.status().isEligible()
                    ? name + ": complete the intake first (" + questions + " questions the record cannot answer)"
                    : text + "; intake incomplete";
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

    private String detail(ScreeningDecision decision, RecordFindings record, List<Questionnaire.Item> toAsk) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(decision.treatment().name()).append(": ").append(decision.status()).append("**");
        if (decision.eligibleFrom() != null && decision.status() == DecisionStatus.DEFERRED) {
            md.append(", not before ").append(decision.eligibleFrom());
        }
        md.append("\n\n");
        if (!decision.reasons().isEmpty()) {
            md.append("Reasons:\n\n");
            for (ReasonView reason : decision.reasons()) {
                md.append("- **").append(reason.code()).append("** (").append(reason.outcome()).append("): ")
                        .append(reason.summary()).append(" Source: ").append(sources(reason.triggeredBy())).append('\n');
            }
            md.append('\n');
        }
        if (!toAsk.isEmpty()) {
            md.append("Not in the record - ask before booking, or have the patient complete the intake:\n\n");
            for (Questionnaire.Item item : toAsk) {
                md.append("- ").append(item.id()).append(": ").append(item.text().en()).append('\n');
            }
            md.append('\n');
        }
        if (!record.intakeProblems().isEmpty()) {
            md.append("The latest intake could not be used: ").append(String.join("; ", record.intakeProblems())).append("\n\n");
        }
        md.append("Decision ").append(decision.decisionId()).append(", policy ").append(decision.policy().version())
                .append(", evaluated for ").append(decision.evaluationDate()).append('.');
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

    private ObjectNode suggestion(AlternativeView alternative, boolean recommended, Context context) {
        ObjectNode suggestion = JSON.objectNode();
        suggestion.put("label", "Consider " + alternative.name() + (alternative.requiresClinicianReview()
                ? " (clinician review)" : ""));
        suggestion.put("uuid", UUID.randomUUID().toString());
        if (recommended) {
            suggestion.put("isRecommended", true);
        }
        ArrayNode actions = suggestion.putArray("actions");
        if (context.proposedAppointmentId() != null) {
            actions.addObject().put("type", "delete")
                    .put("description", "Remove the proposed microneedling appointment")
                    .put("resourceId", "Appointment/" + context.proposedAppointmentId());
        }
        ObjectNode create = actions.addObject();
        create.put("type", "create");
        create.put("description", "Propose " + alternative.name() + " instead");
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
