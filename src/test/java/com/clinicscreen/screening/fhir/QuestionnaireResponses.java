package com.clinicscreen.screening.fhir;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: a JSON API request written as a QuestionnaireResponse to the FHIR intake Questionnaire. */
public final class QuestionnaireResponses {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Questionnaire QUESTIONNAIRE = new QuestionnaireProvider().questionnaire();

    private QuestionnaireResponses() {}

    public static ObjectNode from(JsonNode request) {
        ObjectNode response = JSON.objectNode();
        response.put("resourceType", "QuestionnaireResponse");
        response.put("questionnaire", FhirQuestionnaire.BASE + "Questionnaire/" + QUESTIONNAIRE.id());
        response.put("status", "completed");
        Map<String, ArrayNode> sections = new LinkedHashMap<>();
        ArrayNode top = response.putArray("item");
        for (Questionnaire.Item item : QUESTIONNAIRE.items()) {
            ArrayNode answered = items(item, request, "");
            if (answered.isEmpty()) {
                continue;
            }
            sections.computeIfAbsent(item.section(), section -> {
                ObjectNode group = top.addObject();
                group.put("linkId", section);
                return group.putArray("item");
            }).addAll(answered);
        }
        return response;
    }

    private static ArrayNode items(Questionnaire.Item item, JsonNode scope, String prefix) {
        ArrayNode out = JSON.arrayNode();
        JsonNode value = at(scope, item.fieldTemplate().substring(prefix.length()));
        if (value == null || value.isNull()) {
            return out;
        }
        if (item.type() == ItemType.GROUP) {
            for (JsonNode element : value) {
                ObjectNode group = out.addObject();
                group.put("linkId", item.id());
                ArrayNode children = group.putArray("item");
                for (Questionnaire.Item child : item.items()) {
                    children.addAll(items(child, element, item.fieldTemplate() + "[]."));
                }
            }
            return out;
        }
        ObjectNode answeredItem = out.addObject();
        answeredItem.put("linkId", item.id());
        ArrayNode answers = answeredItem.putArray("answer");
        for (JsonNode single : value.isArray() ? value : JSON.arrayNode().add(value)) {
            ObjectNode answer = answers.addObject();
            switch (item.type()) {
                case DATE -> answer.put("valueDate", single.asText());
                case NUMBER -> answer.set("valueDecimal", single);
                case MEDICINE_LIST -> {
                    if (single.hasNonNull("rxcui")) {
                        answer.putObject("valueCoding").put("system", FhirQuestionnaire.RXNORM)
                                .put("code", single.get("rxcui").asText()).put("display", single.get("name").asText());
                    } else {
                        answer.put("valueString", single.get("name").asText());
                    }
                }
                default -> answer.putObject("valueCoding").put("system", FhirQuestionnaire.answerSystem(item))
                        .put("code", single.asText());
            }
        }
        return out;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            node = node == null ? null : node.get(step);
        }
        return node;
    }
}
