package com.clinicscreen.screening.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The medicine list (Q39) in FHIR: published as an open-choice item over RxNorm, answered by RxNorm codings
 * (code = rxcui, display = name) or by the name as typed (valueString).
 */
class MedicineListAnswersTest {

    private static final FhirQuestionnaire FHIR = new FhirQuestionnaire(new QuestionnaireProvider());
    private static final QuestionnaireResponseReader READER = new QuestionnaireResponseReader(FHIR, Intake.MAPPER);

    @Test
    void theItemIsARepeatingOpenChoiceOverRxNorm() throws IOException {
        JsonNode q39 = Intake.MAPPER.readTree(FHIR.json()).at("/item/2/item/0");
        assertEquals("Q39", q39.path("linkId").asText());
        assertEquals("open-choice", q39.path("type").asText());
        assertTrue(q39.path("repeats").asBoolean());
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm/vs", q39.path("answerValueSet").asText());
        assertEquals("autocomplete", q39.at("/extension/0/valueCodeableConcept/coding/0/code").asText());
    }

    @Test
    void codedAndTypedAnswersBecomeTheListedMedicines() throws IOException {
        ObjectNode response = response("[{\"name\":\"Eliquis\",\"rxcui\":\"1364445\"},{\"name\":\"grandma's herbal tea\"}]");
        assertEquals(List.of(), FhirReferee.errors(response.toString()), "valid FHIR R4");
        JsonNode answers = q39(response).get("answer");
        assertEquals("1364445", answers.at("/0/valueCoding/code").asText());
        assertEquals("grandma's herbal tea", answers.at("/1/valueString").asText());
        QuestionnaireResponseReader.Result read = READER.read(response, null);
        assertEquals(List.of(), read.issues());
        assertEquals(List.of(new ListedMedicine("Eliquis", "1364445"), new ListedMedicine("grandma's herbal tea", null)),
                read.request().answers().medicines());
    }

    @Test
    void anItemLeftOutIsNotAskedAndACodingOfAnotherSystemIsRefused() throws IOException {
        ObjectNode none = QuestionnaireResponses.from(Intake.MAPPER.readTree(Intake.healthy().json()));
        assertNull(READER.read(none, null).request().answers().medicines(), "not asked, never \"takes nothing\"");
        ObjectNode response = response("[{\"name\":\"Eliquis\",\"rxcui\":\"1364445\"}]");
        ((ObjectNode) q39(response).at("/answer/0/valueCoding")).put("system", "http://snomed.info/sct");
        QuestionnaireResponseReader.Result read = READER.read(response, null);
        assertNull(read.request());
        assertEquals("Q39", read.issues().get(0).linkId(), read.issues().toString());
        assertEquals("Q39", READER.linkIdOf("answers.medicines[2].rxcui"), "an error in one medicine points at the item");
    }

    private static ObjectNode response(String medicines) throws IOException {
        return QuestionnaireResponses.from(Intake.MAPPER.readTree(Intake.healthy().set("answers.medicines", medicines).json()));
    }

    private static JsonNode q39(JsonNode response) {
        for (JsonNode section : response.get("item")) {
            for (JsonNode item : section.get("item")) {
                if (item.path("linkId").asText().equals("Q39")) {
                    return item;
                }
            }
        }
        throw new AssertionError("no Q39 in " + response);
    }
}
