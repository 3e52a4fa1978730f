package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.cdshooks.CdsHookService;
import com.clinicscreen.screening.cdshooks.CdsJwtVerifier;
import com.clinicscreen.screening.cdshooks.CdsServices;
import com.clinicscreen.screening.cdshooks.FeedbackRecorder;
import com.clinicscreen.screening.config.CdsConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HL7 CDS Hooks 2.0: discovery, one screening service per hook, and feedback. Checks the caller and
 * delegates the call to {@link CdsHookService}.
 */
@Path("/cds-services")
@Tag(name = "CDS Hooks")
@Utf8BodiesOnly
public class CdsHooksResource {

    private static final String FHIR_JSON = OperationOutcomeResponses.FHIR_JSON;
    private static final String EXAMPLES = "#/components/examples/";
    private static final String OPERATION_OUTCOME = "#/components/schemas/OperationOutcome";

    private final CdsHookService hooks;
    private final CdsJwtVerifier verifier;
    private final FeedbackRecorder feedback;
    private final ObjectMapper mapper;
    private final String baseUrl;

    public CdsHooksResource(CdsHookService hooks, CdsConfig cds, CdsJwtVerifier verifier, FeedbackRecorder feedback,
            ObjectMapper mapper) {
        this.hooks = hooks;
        this.baseUrl = cds.publicBaseUrl().replaceAll("/+$", "");
        this.verifier = verifier;
        this.feedback = feedback;
        this.mapper = mapper;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cdsDiscovery", summary = "List the CDS services (CDS Hooks discovery)",
            description = "The three screening services, one per hook (`appointment-book`, `order-sign`, `patient-view`), "
                    + "each with its FHIR R4 prefetch templates. Needs no token.")
    @APIResponse(responseCode = "200", description = "The CDS services.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "CDS Hooks 2.0 discovery response: `services`, each "
                    + "with id, hook, title, description and prefetch."),
            examples = @ExampleObject(name = "services", ref = EXAMPLES + "cds-discovery")))
    @APIResponse(responseCode = "406", description = "The `Accept` header allows no JSON.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "not-acceptable", ref = EXAMPLES + "outcome-cds-not-acceptable")))
    @APIResponse(responseCode = "400", description = "A query parameter the API documents (`lang`, `explain`, ...) with "
            + "another value, given twice or empty.", content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "invalid-parameter", ref = EXAMPLES + "outcome-invalid-parameter")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public Map<String, List<CdsServices.Service>> discovery() {
        return Map.of("services", CdsServices.ALL);
    }

    @POST
    @Path("/{id}")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "cdsHooksJwt")
    @Operation(operationId = "cdsCall", summary = "Call a CDS service: screen the patient in the record",
            description = "Screens the patient in context for microneedling (or the treatment booked or ordered) from the "
                    + "prefetched record and the latest completed intake, and answers one card: `critical` when not "
                    + "eligible, `warning` when deferred or for clinician review (or without a completed intake), `info` "
                    + "otherwise. A prefetch key not sent is read from `fhirServer` with its access token. The card is "
                    + "in the language of `Accept-Language` (English or Spanish). To try it locally, run the service with "
                    + "`CDS_SECURITY_ENABLED=false`; otherwise the call needs an allow-listed EHR's JWT.")
    @RequestBody(required = true, description = "A CDS Hooks 2.0 request: hook, hookInstance, context (userId, patientId; "
            + "appointments for appointment-book, draftOrders for order-sign), prefetch and/or fhirServer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "CDS Hooks 2.0 request (hook, hookInstance and context are required)."),
                    examples = {
                            @ExampleObject(name = "patient-view", ref = EXAMPLES + "cds-request-patient-view"),
                            @ExampleObject(name = "no-hook-instance", ref = EXAMPLES + "cds-request-no-hook-instance"),
                            @ExampleObject(name = "no-prefetch", ref = EXAMPLES + "cds-request-no-prefetch")}))
    @APIResponse(responseCode = "200", description = "One card, with suggestions (alternatives) when the intake was completed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "CDS Hooks 2.0 response: `cards`."),
                    examples = @ExampleObject(name = "not-eligible", ref = EXAMPLES + "cds-cards-not-eligible")))
    @APIResponse(responseCode = "400", description = "The request does not follow CDS Hooks 2.0; the field is named.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "missing-field", ref = EXAMPLES + "outcome-cds-missing-field")))
    @APIResponse(responseCode = "401", description = "No valid EHR JWT. No body, as CDS Hooks asks.")
    @APIResponse(responseCode = "404", description = "No CDS service with this id.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unknown-service", ref = EXAMPLES + "outcome-cds-unknown-service")))
    @APIResponse(responseCode = "412", description = "Prefetch that was neither sent nor readable from `fhirServer`; the keys are named.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "prefetch-unavailable", ref = EXAMPLES + "outcome-cds-prefetch-unavailable")))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "too-large", ref = EXAMPLES + "outcome-too-large")))
    @APIResponse(responseCode = "415", description = "The body is not `application/json` in UTF-8.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unsupported-media-type", ref = EXAMPLES + "outcome-cds-unsupported-media-type")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public CompletionStage<Response> call(
            @Parameter(description = "The CDS service.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "microneedling-screening-booking", "microneedling-screening-order", "microneedling-screening-chart"}))
            @PathParam("id") String id, String body,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "Language of the card (RFC 9110); English or Spanish, English otherwise.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX))
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        var service = CdsServices.byId(id).orElse(null);
        if (service == null) {
            return done(OperationOutcomeResponses.of(404, "not-found", "no CDS service '" + id + "'"));
        }
        if (!verifier.accepts(authorization, baseUrl + "/cds-services/" + id)) {
            return done(Response.status(401).build());
        }
        // CDS Hooks has no language field: the card speaks the language the EHR asks for in Accept-Language.
        return hooks.handle(service, json(body), LanguageSelector.select(null, acceptLanguage)).thenApply(result -> result.cards() == null
                ? OperationOutcomeResponses.of(result.status(), result.issues())
                : Response.ok(result.cards().toString(), MediaType.APPLICATION_JSON).build());
    }

    @POST
    @Path("/{id}/feedback")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "cdsHooksJwt")
    @Operation(operationId = "cdsFeedback", summary = "Send feedback on a card",
            description = "Records whether the clinician accepted or overrode a card (and why), counted in metrics "
                    + "(`cds_feedback_total`, `cds_override_reasons_total`); the same feedback sent again is counted once.")
    @RequestBody(required = true, description = "CDS Hooks 2.0 feedback: `feedback`, each with card, outcome "
            + "(accepted with acceptedSuggestions, or overridden with an optional overrideReason) and outcomeTimestamp.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "CDS Hooks 2.0 feedback (`feedback` is required)."),
                    examples = {
                            @ExampleObject(name = "overridden", ref = EXAMPLES + "cds-feedback-overridden"),
                            @ExampleObject(name = "accepted-without-suggestions", ref = EXAMPLES
                                    + "cds-feedback-accepted-without-suggestions")}))
    @APIResponse(responseCode = "200", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Empty."),
            examples = @ExampleObject(name = "recorded", ref = EXAMPLES + "cds-feedback-recorded")))
    @APIResponse(responseCode = "400", description = "Feedback that does not follow CDS Hooks 2.0.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "invalid", ref = EXAMPLES + "outcome-cds-feedback-invalid")))
    @APIResponse(responseCode = "401", description = "No valid EHR JWT. No body, as CDS Hooks asks.")
    @APIResponse(responseCode = "404", description = "No CDS service with this id.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unknown-service", ref = EXAMPLES + "outcome-cds-unknown-service")))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "too-large", ref = EXAMPLES + "outcome-too-large")))
    @APIResponse(responseCode = "415", description = "The body is not `application/json` in UTF-8.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unsupported-media-type", ref = EXAMPLES + "outcome-cds-unsupported-media-type")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public Response feedback(
            @Parameter(description = "The CDS service the card came from.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"microneedling-screening-booking", "microneedling-screening-order",
                            "microneedling-screening-chart"}))
            @PathParam("id") String id, String body,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (CdsServices.byId(id).isEmpty()) {
            return OperationOutcomeResponses.of(404, "not-found", "no CDS service '" + id + "'");
        }
        if (!verifier.accepts(authorization, baseUrl + "/cds-services/" + id + "/feedback")) {
            return Response.status(401).build();
        }
        List<String> problems = feedback.record(id, json(body));
        if (!problems.isEmpty()) {
            return OperationOutcomeResponses.of(400, "invalid", String.join("; ", problems));
        }
        return Response.ok("{}", MediaType.APPLICATION_JSON).build();
    }

    private JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
