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

/**
 * HL7 CDS Hooks 2.0: discovery, one screening service per hook, and feedback. Checks the caller and
 * delegates the call to {@link CdsHookService}.
 */
@Path("/cds-services")
public class CdsHooksResource {

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
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
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
