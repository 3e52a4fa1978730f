package com.clinicscreen.screening.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The contract validator is a real referee: it rejects a response field of the wrong type. */
class ValidatorCatchesWrongTypesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void realDecisionPasses() throws IOException {
        ValidationReport report = validate(decision());
        assertFalse(report.hasErrors(), () -> report.getMessages().toString());
    }

    @Test
    void booleanSentAsStringIsCaught() throws IOException {
        ObjectNode decision = decision();
        decision.put("eligible", "yes");
        assertTrue(validate(decision).hasErrors());
    }

    @Test
    void dateThatIsNotADateIsCaught() throws IOException {
        ObjectNode decision = decision();
        decision.put("evaluationDate", 20261001);
        assertTrue(validate(decision).hasErrors());
    }

    @Test
    void statusOutsideItsEnumIsCaught() throws IOException {
        ObjectNode decision = decision();
        decision.put("status", "PROBABLY_FINE");
        assertTrue(validate(decision).hasErrors());
    }

    private static ValidationReport validate(ObjectNode body) {
        return ContractValidation.validator().validateResponse("/v1/screenings", Request.Method.POST,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body.toString()).build());
    }

    private static ObjectNode decision() throws IOException {
        return (ObjectNode) YAML.readTree(ContractValidation.CONTRACT.toFile())
                .get("components").get("examples").get("decision-deferred").get("value").deepCopy();
    }
}
