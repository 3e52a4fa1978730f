package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Goal;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.TreatmentArea;
import com.clinicscreen.screening.cdshooks.CardWriter;
import com.clinicscreen.screening.cdshooks.CdsJwtVerifier;
import com.clinicscreen.screening.cdshooks.CdsServices;
import com.clinicscreen.screening.cdshooks.CodeTable;
import com.clinicscreen.screening.cdshooks.FeedbackRecorder;
import com.clinicscreen.screening.cdshooks.PrefetchFetcher;
import com.clinicscreen.screening.cdshooks.RecordFindings;
import com.clinicscreen.screening.cdshooks.RecordReader;
import com.clinicscreen.screening.config.CdsConfig;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.policy.Language;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * HL7 CDS Hooks 2.0: discovery, one screening service per hook, and feedback. The same decision engine
 * and policy as the JSON API; EHR record data goes through the code table, and what the record cannot
 * tell is never read as "no".
 */
@Path("/cds-services")
public class CdsHooksResource {

    private final ScreeningService service;
    private final RecordReader records;
    private final CardWriter cards;
    private final PrefetchFetcher fetcher;
    private final CdsJwtVerifier verifier;
    private final FeedbackRecorder feedback;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final String treatment;

    public CdsHooksResource(ScreeningService service, CodeTable table, FhirQuestionnaire questionnaire,
            QuestionnaireResponseReader intakeReader, CdsConfig cds, ScreeningConfig config, CdsJwtVerifier verifier,
            FeedbackRecorder feedback, ObjectMapper mapper) {
        this.service = service;
        this.records = new RecordReader(table, intakeReader, service);
        this.baseUrl = cds.publicBaseUrl().replaceAll("/+$", "");
        this.cards = new CardWriter(baseUrl, questionnaire);
        this.fetcher = new PrefetchFetcher(cds.fhirTimeout(), mapper);
        this.verifier = verifier;
        this.feedback = feedback;
        this.mapper = mapper;
        this.treatment = config.defaultTreatment();
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, List<CdsServices.Service>> discovery() {
        return Map.of("services", CdsServices.ALL);
    }

    @POST
    @Path("/{id}")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public CompletionStage<Response> call(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        var service = CdsServices.byId(id).orElse(null);
        if (service == null) {
            return done(OperationOutcomeResponses.of(404, "not-found", "no CDS service '" + id + "'"));
        }
        if (!verifier.accepts(authorization, baseUrl + "/cds-services/" + id)) {
            return done(Response.status(401).build());
        }
        JsonNode request = json(body);
        List<OutcomeIssue> issues = checkRequest(request, service.hook());
        if (!issues.isEmpty()) {
            return done(OperationOutcomeResponses.of(400, issues));
        }
        String patientId = request.at("/context/patientId").asText();
        Map<String, JsonNode> prefetch = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        service.prefetch().forEach((key, template) -> {
            JsonNode sent = request.path("prefetch").get(key);
            if (sent != null) {
                prefetch.put(key, sent);
            } else {
                missing.put(key, template.replace("{{context.patientId}}", patientId));
            }
        });
        CompletableFuture<Map<String, JsonNode>> fetched = missing.isEmpty() || !request.hasNonNull("fhirServer")
                ? CompletableFuture.completedFuture(Map.of())
                : fetcher.fetch(request.get("fhirServer").asText(),
                        request.at("/fhirAuthorization/access_token").asText(null), missing);
        return fetched.thenApply(more -> {
            prefetch.putAll(more);
            List<String> stillMissing = missing.keySet().stream().filter(k -> !prefetch.containsKey(k)).toList();
            if (!stillMissing.isEmpty()) {
                return OperationOutcomeResponses.of(412, "incomplete", "prefetch not sent and not readable from fhirServer: "
                        + String.join(", ", stillMissing));
            }
            return Response.ok(screen(service.hook(), request, patientId, prefetch).toString(),
                    MediaType.APPLICATION_JSON).build();
        });
    }

    @POST
    @Path("/{id}/feedback")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response feedback(@PathParam("id") String id, String body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
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

    private ObjectNode screen(String hook, JsonNode request, String patientId, Map<String, JsonNode> prefetch) {
        RecordFindings record = records.read(prefetch);
        List<TreatmentArea> areas = record.hasIntake() ? record.intake().answers().treatmentAreas()
                : List.of(TreatmentArea.FACE);
        List<Goal> goals = record.hasIntake() ? record.intake().answers().goals() : List.of();
        ScreeningDecision decision = service.screenFindings(treatment, record.findings(), areas, goals, Language.EN);
        return cards.cards(decision, record, new CardWriter.Context(hook, patientId, proposedAppointment(request)));
    }

    /** The proposed Appointment of an appointment-book call (a Bundle, or an array in older EHRs). */
    private static String proposedAppointment(JsonNode request) {
        JsonNode appointments = request.at("/context/appointments");
        List<JsonNode> resources = new ArrayList<>();
        if (appointments.isArray()) {
            appointments.forEach(resources::add);
        } else {
            appointments.path("entry").forEach(entry -> resources.add(entry.path("resource")));
        }
        for (JsonNode appointment : resources) {
            if ("Appointment".equals(appointment.path("resourceType").asText()) && appointment.hasNonNull("id")) {
                return appointment.get("id").asText();
            }
        }
        return null;
    }

    private static List<OutcomeIssue> checkRequest(JsonNode request, String hook) {
        List<OutcomeIssue> issues = new ArrayList<>();
        if (request == null || !request.isObject()) {
            issues.add(new OutcomeIssue("structure", null, "the body is not a JSON CDS Hooks request"));
            return issues;
        }
        if (!hook.equals(request.path("hook").asText())) {
            issues.add(new OutcomeIssue("invalid", null, "hook must be " + hook));
        }
        if (!request.path("hookInstance").isTextual()) {
            issues.add(new OutcomeIssue("required", null, "hookInstance is required"));
        }
        if (!request.at("/context/patientId").isTextual()) {
            issues.add(new OutcomeIssue("required", null, "context.patientId is required"));
        }
        if (request.has("prefetch") && !request.get("prefetch").isObject()) {
            issues.add(new OutcomeIssue("structure", null, "prefetch must be an object"));
        }
        if (request.has("fhirAuthorization") && !request.hasNonNull("fhirServer")) {
            issues.add(new OutcomeIssue("required", null, "fhirServer is required with fhirAuthorization"));
        }
        return issues;
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
