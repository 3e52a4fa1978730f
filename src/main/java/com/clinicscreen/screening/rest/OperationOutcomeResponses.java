package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.fhir.OperationOutcomes;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Errors of the FHIR and CDS Hooks endpoints: an OperationOutcome as application/fhir+json. */
final class OperationOutcomeResponses {

    static final String FHIR_JSON = "application/fhir+json";

    private OperationOutcomeResponses() {}

    static Response of(int status, List<OutcomeIssue> issues) {
        return Response.status(status).type(FHIR_JSON).entity(OperationOutcomes.of(issues).toString()).build();
    }

    static Response of(int status, String code, String message) {
        return of(status, List.of(new OutcomeIssue(code, null, message)));
    }
}
