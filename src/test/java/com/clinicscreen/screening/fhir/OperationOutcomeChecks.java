package com.clinicscreen.screening.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.OperationOutcome;

/** Test helper: answers that must be OperationOutcomes, read with HAPI's R4 parser. */
public final class OperationOutcomeChecks {

    private OperationOutcomeChecks() {}

    /** Asserts the status, the FHIR JSON content type and an issue of the given FHIR issue type; returns the outcome. */
    public static OperationOutcome outcome(Response response, int status, String issueCode) {
        assertEquals("OperationOutcome", response.jsonPath().getString("resourceType"), response.asString());
        return outcome(response.statusCode(), response.contentType(), response.asString(), status, issueCode);
    }

    public static OperationOutcome outcome(HttpResponse<String> response, int status, String issueCode) {
        return outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                status, issueCode);
    }

    private static OperationOutcome outcome(int actualStatus, String contentType, String body, int status,
            String issueCode) {
        String what = actualStatus + " " + contentType + " " + body;
        assertEquals(status, actualStatus, what);
        assertTrue(contentType.startsWith("application/fhir+json"), what);
        OperationOutcome outcome = FhirContext.forR4Cached().newJsonParser().parseResource(OperationOutcome.class, body);
        assertFalse(outcome.getIssue().isEmpty(), what);
        assertTrue(outcome.getIssue().stream().allMatch(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR),
                what);
        assertTrue(outcome.getIssue().stream().anyMatch(issue -> issue.getCode().toCode().equals(issueCode)), what);
        return outcome;
    }

    /**
     * POSTs a body without Content-Length (chunked), which REST Assured cannot do: it always buffers the
     * body and declares its length.
     */
    public static HttpResponse<String> postChunked(URI uri, String contentType, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
