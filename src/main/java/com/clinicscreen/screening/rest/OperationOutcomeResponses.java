package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.fhir.OperationOutcomes;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Errors of the FHIR and CDS Hooks endpoints: an OperationOutcome as application/fhir+json. */
final class OperationOutcomeResponses {

    static final String FHIR_JSON = "application/fhir+json";

    private OperationOutcomeResponses() {}

    /**
     * Whether errors on this path go to an EHR, which reads OperationOutcomes (FHIR, and what CDS Hooks
     * recommends), rather than to a JSON API client reading problem+json.
     */
    static boolean answersWithOperationOutcome(String path) {
        return isUnder(path, "/fhir") || isUnder(path, "/cds-services");
    }

    private static boolean isUnder(String path, String root) {
        return path != null && path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/');
    }

    static Response of(int status, List<OutcomeIssue> issues) {
        return Response.status(status).type(FHIR_JSON).entity(OperationOutcomes.of(issues).toString()).build();
    }

    static Response of(int status, String code, String message) {
        return of(status, List.of(new OutcomeIssue(code, null, message)));
    }
}
