package com.clinicscreen.screening.fhir;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A screening decision as the FHIR {@code Parameters} resource that the {@code $screen} operation returns:
 * the status, booking dates, decision id and policy as typed parameters, one {@code reason} and one
 * {@code alternative} part per entry, and the whole JSON decision as an attachment, so a FHIR client gets
 * everything without a second, non-FHIR call. Parameters is what FHIR operations return and what stock
 * clients (HAPI's {@code operation()}) read natively; GuidanceResponse would fit a CDS module, which this
 * is not.
 */
public final class FhirDecisions {

    private final ObjectMapper mapper;

    public FhirDecisions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode parameters(ScreeningDecision decision) {
        ObjectNode parameters = mapper.createObjectNode().put("resourceType", "Parameters");
        ArrayNode list = parameters.putArray("parameter");
        list.addObject().put("name", "status").put("valueCode", decision.status().name());
        list.addObject().put("name", "eligible").put("valueBoolean", decision.eligible());
        if (decision.eligibleFrom() != null) {
            list.addObject().put("name", "eligibleFrom").put("valueDate", decision.eligibleFrom().toString());
        }
        if (decision.notBefore() != null) {
            list.addObject().put("name", "notBefore").put("valueDate", decision.notBefore().toString());
        }
        if (decision.afterDeferral() != null) {
            list.addObject().put("name", "afterDeferral").put("valueCode", decision.afterDeferral().name());
        }
        list.addObject().put("name", "evaluationDate").put("valueDate", decision.evaluationDate().toString());
        list.addObject().put("name", "decisionId").put("valueString", decision.decisionId());
        list.addObject().put("name", "policy").put("valueString", decision.policy().id() + " "
                + decision.policy().version() + " sha256:" + decision.policy().sha256());
        for (ReasonView reason : decision.reasons()) {
            ArrayNode part = list.addObject().put("name", "reason").putArray("part");
            part.addObject().put("name", "code").put("valueCode", reason.code());
            part.addObject().put("name", "outcome").put("valueCode", reason.outcome().name());
            part.addObject().put("name", "summary").put("valueString", reason.summary());
        }
        for (AlternativeView alternative : decision.alternatives()) {
            ArrayNode part = list.addObject().put("name", "alternative").putArray("part");
            part.addObject().put("name", "code").put("valueCode", alternative.code());
            part.addObject().put("name", "status").put("valueCode", alternative.status().name());
        }
        JsonNode json = mapper.valueToTree(decision);
        list.addObject().put("name", "decision").putObject("valueAttachment").put("contentType", "application/json")
                .put("language", decision.language())
                .put("data", Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
        return parameters;
    }
}
