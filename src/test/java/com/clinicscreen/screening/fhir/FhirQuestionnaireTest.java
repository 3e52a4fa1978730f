package com.clinicscreen.screening.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The FHIR Questionnaire is generated from the JSON API's questionnaire and is valid FHIR R4 by HAPI's validator. */
class FhirQuestionnaireTest {

    private static final FhirQuestionnaire FHIR = new FhirQuestionnaire(new QuestionnaireProvider());

    @Test
    void generatedQuestionnaireHasNoValidationErrors() {
        assertEquals(List.of(), FhirReferee.errors(FHIR.json()));
    }

    @Test
    void everyQuestionOfTheJsonApiIsAnItemWithTheSameId() throws IOException {
        Set<String> linkIds = new HashSet<>();
        collect(new ObjectMapper().readTree(FHIR.json()).get("item"), linkIds);
        Set<String> ids = new HashSet<>();
        collectIds(new QuestionnaireProvider().questionnaire().items(), ids);
        assertTrue(linkIds.containsAll(ids), () -> "missing: " + ids.stream().filter(i -> !linkIds.contains(i)).toList());
    }

    @Test
    void pregnancyItemCarriesItsLoincCodeAndTheDueDateIsShownOnlyWhenPregnant() throws IOException {
        JsonNode items = new ObjectMapper().readTree(FHIR.json()).get("item");
        JsonNode pregnancy = find(items, "Q05");
        assertEquals("82810-3", pregnancy.at("/code/0/code").asText());
        JsonNode dueDate = find(items, "Q05.1");
        assertEquals("Q05", dueDate.at("/enableWhen/0/question").asText());
        assertEquals("YES", dueDate.at("/enableWhen/0/answerCoding/code").asText());
    }

    @Test
    void responsesBuiltFromApiRequestsAreValidFhir() throws IOException {
        assertEquals(List.of(), FhirReferee.errors(QuestionnaireResponses.from(
                Intake.MAPPER.readTree(Intake.healthy().procedure("NEUROTOXIN", "2026-09-01").json())).toString()));
    }

    private static JsonNode find(JsonNode items, String linkId) {
        for (JsonNode item : items) {
            if (item.path("linkId").asText().equals(linkId)) {
                return item;
            }
            JsonNode inside = item.has("item") ? find(item.get("item"), linkId) : null;
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static void collect(JsonNode items, Set<String> linkIds) {
        for (JsonNode item : items) {
            linkIds.add(item.get("linkId").asText());
            if (item.has("item")) {
                collect(item.get("item"), linkIds);
            }
        }
    }

    private static void collectIds(List<Questionnaire.Item> items, Set<String> ids) {
        for (Questionnaire.Item item : items) {
            ids.add(item.id());
            collectIds(item.items(), ids);
        }
    }
}
