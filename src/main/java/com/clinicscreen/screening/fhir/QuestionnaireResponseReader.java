package com.clinicscreen.screening.fhir;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a FHIR QuestionnaireResponse to the intake questionnaire into a screening request, checking it
 * against the Questionnaire itself (HAPI's validator does not): every linkId exists, each answer has the
 * item's type and one of its options, single-answer items have one answer. Answers to items that the
 * other answers disable are dropped. Unanswered items stay absent: never "no".
 */
@ApplicationScoped
public class QuestionnaireResponseReader {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FhirQuestionnaire questionnaire;
    private final ObjectMapper mapper;
    private final Map<String, Questionnaire.Item> itemsById = new HashMap<>();

    public QuestionnaireResponseReader(FhirQuestionnaire questionnaire, ObjectMapper mapper) {
        this.questionnaire = questionnaire;
        this.mapper = mapper;
        index(questionnaire.definition().items());
    }

    /**
     * The result: the request (when there are no issues) or the issues; unknownVersion when the response
     * answers a version of the intake this server does not have, so its answers were not checked at all.
     */
    public record Result(ScreeningRequest request, List<OutcomeIssue> issues, boolean unknownVersion) {

        Result(ScreeningRequest request, List<OutcomeIssue> issues) {
            this(request, issues, false);
        }
    }

    public Result read(JsonNode response, String plannedTreatmentDate) {
        List<OutcomeIssue> issues = new ArrayList<>();
        if (!"QuestionnaireResponse".equals(response.path("resourceType").asText())) {
            return new Result(null, List.of(new OutcomeIssue("structure", null, "the body is not a QuestionnaireResponse")));
        }
        String canonical = response.path("questionnaire").asText("");
        if (!canonical.equals(questionnaire.url()) && !canonical.startsWith(questionnaire.url() + "|")) {
            issues.add(new OutcomeIssue("not-supported", null, "questionnaire must be " + questionnaire.url()));
        } else if (!questionnaire.isNamedBy(canonical)) {
            // Another version may have other items and options: checking the answers against ours would mislead.
            return new Result(null, List.of(new OutcomeIssue("not-found", null, "questionnaire " + canonical
                    + " is not on this server; it has version " + questionnaire.version() + " ("
                    + questionnaire.url() + "|" + questionnaire.version() + ")")), true);
        }
        String status = response.path("status").asText("");
        if (!status.equals("completed") && !status.equals("amended")) {
            issues.add(new OutcomeIssue("business-rule", null, "status must be completed or amended to be screened"));
        }
        ObjectNode request = JSON.objectNode();
        if (plannedTreatmentDate != null) {
            request.put("plannedTreatmentDate", plannedTreatmentDate);
        }
        readItems(response.path("item"), request, "", issues);
        if (!issues.isEmpty()) {
            return new Result(null, issues);
        }
        try {
            ScreeningRequest typed = mapper.treeToValue(request, ScreeningRequest.class);
            dropDisabled(questionnaire.definition().items(), typed, request);
            return new Result(mapper.treeToValue(request, ScreeningRequest.class), List.of());
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(new OutcomeIssue("value", null, "an answer has a value of the wrong form")));
        }
    }

    private void readItems(JsonNode items, ObjectNode target, String prefix, List<OutcomeIssue> issues) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText("");
            if (questionnaire.definition().sections().containsKey(linkId) && prefix.isEmpty()) {
                readItems(item.path("item"), target, prefix, issues);
                continue;
            }
            Questionnaire.Item definition = itemsById.get(linkId);
            if (definition == null) {
                issues.add(new OutcomeIssue("not-found", linkId, "no item with this linkId in " + questionnaire.url()));
                continue;
            }
            if (definition.type() == ItemType.GROUP) {
                ObjectNode element = JSON.objectNode();
                array(target, relative(definition.fieldTemplate(), prefix)).add(element);
                readItems(item.path("item"), element, definition.fieldTemplate() + "[].", issues);
                continue;
            }
            readAnswers(definition, item.path("answer"), target, prefix, issues);
        }
    }

    private void readAnswers(Questionnaire.Item definition, JsonNode answers, ObjectNode target, String prefix,
            List<OutcomeIssue> issues) {
        if (answers.isEmpty()) {
            return;
        }
        boolean many = definition.type() == ItemType.MULTIPLE_CHOICE || definition.type() == ItemType.MEDICINE_LIST;
        if (!many && answers.size() > 1) {
            issues.add(new OutcomeIssue("structure", definition.id(), "takes one answer"));
            return;
        }
        String path = relative(definition.fieldTemplate(), prefix);
        for (JsonNode answer : answers) {
            JsonNode value = value(definition, answer, issues);
            if (value == null) {
                return;
            }
            if (many) {
                array(target, path).add(value);
            } else {
                set(target, path, value);
            }
        }
    }

    private JsonNode value(Questionnaire.Item definition, JsonNode answer, List<OutcomeIssue> issues) {
        switch (definition.type()) {
            case DATE -> {
                String date = answer.path("valueDate").asText("");
                if (!FULL_DATE.matcher(date).matches()) {
                    issues.add(new OutcomeIssue("value", definition.id(), "needs valueDate with a full date (YYYY-MM-DD)"));
                    return null;
                }
                return JSON.textNode(date);
            }
            case NUMBER -> {
                JsonNode number = answer.path("valueDecimal");
                if (!number.isNumber()) {
                    issues.add(new OutcomeIssue("value", definition.id(), "needs valueDecimal"));
                    return null;
                }
                return number;
            }
            case MEDICINE_LIST -> {
                return medicine(definition, answer, issues);
            }
            default -> {
                JsonNode coding = answer.path("valueCoding");
                String system = coding.path("system").asText("");
                String code = coding.path("code").asText("");
                boolean known = system.equals(FhirQuestionnaire.answerSystem(definition))
                        && definition.options().stream().anyMatch(o -> o.value().equals(code));
                if (!known) {
                    issues.add(new OutcomeIssue("code-invalid", definition.id(),
                            "needs valueCoding with one of the item's answerOption codes"));
                    return null;
                }
                return JSON.textNode(code);
            }
        }
    }

    /**
     * A listed medicine: an RxNorm coding (its display the name, its code the rxcui) or the name as typed
     * (valueString). A coding of another system, or one without a name, is refused rather than guessed at.
     */
    private static JsonNode medicine(Questionnaire.Item definition, JsonNode answer, List<OutcomeIssue> issues) {
        ObjectNode medicine = JSON.objectNode();
        JsonNode text = answer.path("valueString");
        if (text.isTextual()) {
            return medicine.put("name", text.asText());
        }
        JsonNode coding = answer.path("valueCoding");
        String name = coding.path("display").asText("");
        if (!FhirQuestionnaire.RXNORM.equals(coding.path("system").asText("")) || name.isBlank()) {
            issues.add(new OutcomeIssue("code-invalid", definition.id(), "needs valueCoding from RxNorm ("
                    + FhirQuestionnaire.RXNORM + ") with a display, or valueString with the name as typed"));
            return null;
        }
        medicine.put("name", name);
        if (coding.hasNonNull("code")) {
            medicine.put("rxcui", coding.path("code").asText());
        }
        return medicine;
    }

    /** Removes the answers of every item whose enableWhen does not hold (FHIR: answers to disabled items are dropped). */
    private static void dropDisabled(List<Questionnaire.Item> items, ScreeningRequest typed, ObjectNode request) {
        for (Questionnaire.Item item : items) {
            boolean enabled = item.enableWhen().stream().allMatch(condition -> condition.holds(typed));
            if (!enabled) {
                remove(request, item.fieldTemplate());
            }
        }
    }

    private static void remove(ObjectNode root, String path) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1 && node != null; i++) {
            node = node.get(steps[i]);
        }
        if (node instanceof ObjectNode parent) {
            parent.remove(steps[steps.length - 1]);
        }
    }

    private static String relative(String fieldTemplate, String prefix) {
        return fieldTemplate.startsWith(prefix) ? fieldTemplate.substring(prefix.length()) : fieldTemplate;
    }

    private static ArrayNode array(ObjectNode root, String path) {
        ObjectNode parent = parent(root, path);
        String last = path.substring(path.lastIndexOf('.') + 1);
        JsonNode existing = parent.get(last);
        return existing instanceof ArrayNode list ? list : parent.putArray(last);
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        parent(root, path).set(path.substring(path.lastIndexOf('.') + 1), value);
    }

    private static ObjectNode parent(ObjectNode root, String path) {
        String[] steps = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node.get(steps[i]);
            node = next instanceof ObjectNode object ? object : node.putObject(steps[i]);
        }
        return node;
    }

    private void index(List<Questionnaire.Item> items) {
        for (Questionnaire.Item item : items) {
            itemsById.put(item.id(), item);
            index(item.items());
        }
    }

    /** The linkId of the item that fills a request path ("answers.proceduresInArea.procedures[0].date" included). */
    public String linkIdOf(String field) {
        String template = field.replaceAll("\\[\\d+]", "[]");
        for (Questionnaire.Item item : itemsById.values()) {
            if (item.fieldTemplate().equals(template)) {
                return item.id();
            }
        }
        // A part of one listed medicine ("answers.medicines[2].rxcui") is answered by the list's item.
        for (Questionnaire.Item item : itemsById.values()) {
            if (item.type() == ItemType.MEDICINE_LIST && template.startsWith(item.fieldTemplate() + "[]")) {
                return item.id();
            }
        }
        return null;
    }
}
