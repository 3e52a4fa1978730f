package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A partial screening counts a rule fired on a dated finding as certain only when no later answer can raise
 * the same finding with another date (FindingExtractor.SINGLE_SOURCE). Every other answer, each as "not sure"
 * (the answer that raises the most findings), must leave those findings alone; and an in-progress intake
 * raises nothing for the questions it leaves out.
 */
class SingleSourceFindingsTest {

    private final FindingExtractor extractor = new FindingExtractor(new BigDecimal("8.0"),
            new MedicineListReader(com.clinicscreen.screening.TestScreening.terminology(),
                    com.clinicscreen.screening.TestScreening.medicines()));

    @Test
    void noOtherAnswerRaisesASingleSourceFinding() throws Exception {
        ObjectNode answers = (ObjectNode) Intake.MAPPER.readTree(Intake.healthy().json()).get("answers");
        answers.remove(List.of("dateOfBirth", "pregnancy", "breastfeeding"));
        unsure(answers);
        IntakeAnswers unsure = Intake.MAPPER.treeToValue(answers, IntakeAnswers.class);
        Set<FindingCode> raised = codes(extractor.extract(unsure));
        assertTrue(raised.size() > 30, "the intake answers \"not sure\" throughout: " + raised);
        for (FindingCode code : FindingExtractor.SINGLE_SOURCE) {
            assertTrue(!raised.contains(code), code + " is raised by another answer");
        }
    }

    @Test
    void eachSingleSourceFindingHasItsQuestion() throws Exception {
        Map<FindingCode, String> questions = Map.of(
                FindingCode.DATE_OF_BIRTH, "{\"dateOfBirth\":\"1990-05-15\"}",
                FindingCode.PREGNANT, "{\"pregnancy\":{\"status\":\"YES\",\"dueDate\":\"2027-03-01\"}}",
                FindingCode.BREASTFEEDING, "{\"breastfeeding\":{\"status\":\"YES\",\"plannedEndDate\":\"2027-03-01\"}}");
        assertEquals(FindingExtractor.SINGLE_SOURCE, questions.keySet());
        for (var question : questions.entrySet()) {
            IntakeAnswers only = Intake.MAPPER.readValue(question.getValue(), IntakeAnswers.class);
            assertEquals(EnumSet.of(question.getKey()), codes(extractor.extract(only)), question.getValue());
        }
    }

    @Test
    void anEmptyIntakeRaisesOnlyWhatIsNotAsked() throws Exception {
        Findings findings = extractor.extract(Intake.MAPPER.readValue("{}", IntakeAnswers.class));
        for (Finding finding : findings.all()) {
            assertEquals(Certainty.NOT_ASKED, finding.certainty(), finding.code().name());
        }
    }

    /** Every yes/no answer and every status becomes "not sure" where the question allows it. */
    private static void unsure(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if ("proceduresInArea".equals(name)) {
                continue; // yes or no only
            }
            if (value.isTextual() && List.of("NO", "NONE", "NEVER", "II").contains(value.asText())) {
                object.set(name, TextNode.valueOf("UNSURE"));
            } else {
                unsure(value);
            }
        }
    }

    private static Set<FindingCode> codes(Findings findings) {
        Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
        findings.all().forEach(f -> {
            if (f.certainty() != Certainty.NOT_ASKED) {
                codes.add(f.code());
            }
        });
        return codes;
    }
}
