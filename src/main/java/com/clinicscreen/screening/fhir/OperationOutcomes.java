package com.clinicscreen.screening.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes problems with a FHIR request as an OperationOutcome, each issue pointing at its item by linkId. */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    public static ObjectNode of(List<OutcomeIssue> issues) {
        ObjectNode outcome = JsonNodeFactory.instance.objectNode();
        outcome.put("resourceType", "OperationOutcome");
        ArrayNode list = outcome.putArray("issue");
        for (OutcomeIssue issue : issues) {
            ObjectNode entry = list.addObject();
            entry.put("severity", "error");
            entry.put("code", issue.code());
            entry.put("diagnostics", issue.linkId() == null ? issue.message() : issue.linkId() + ": " + issue.message());
            if (issue.linkId() != null) {
                entry.putArray("expression").add("QuestionnaireResponse.descendants().where(linkId='" + issue.linkId() + "')");
            }
        }
        return outcome;
    }
}
