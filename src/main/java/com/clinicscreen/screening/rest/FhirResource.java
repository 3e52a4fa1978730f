package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.FhirDecisions;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.core.JsonProcessingException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * FHIR R4 for EHR integrations: the intake Questionnaire, and screening from a QuestionnaireResponse
 * with the same decision engine and policy as the JSON API. Errors are OperationOutcomes.
 */
@Path("/fhir")
public class FhirResource {

    static final String FHIR_JSON = OperationOutcomeResponses.FHIR_JSON;

    private final FhirQuestionnaire questionnaire;
    private final QuestionnaireResponseReader reader;
    private final ScreeningService service;
    private final ObjectMapper mapper;
    private final FhirDecisions decisions;
    private final String capabilityStatement;

    public FhirResource(FhirQuestionnaire questionnaire, QuestionnaireResponseReader reader, ScreeningService service,
            ObjectMapper mapper) {
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.service = service;
        this.mapper = mapper;
        this.decisions = new FhirDecisions(mapper);
        this.capabilityStatement = capabilityStatement(mapper).toString();
    }

    /** What this FHIR endpoint serves, read first by stock clients (HAPI's generic client among them). */
    @GET
    @Path("/metadata")
    @NonBlocking
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response metadata() {
        return Response.ok(capabilityStatement, FHIR_JSON).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }

    /** Search by canonical URL (or id), the way a form filler finds the Questionnaire it must render. */
    @GET
    @Path("/Questionnaire")
    @NonBlocking
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response searchQuestionnaire(@QueryParam("url") String url, @QueryParam("_id") String id) {
        String canonical = url == null ? null : url.split("\\|", 2)[0];
        boolean matches = (canonical == null || canonical.equals(questionnaire.url()))
                && (id == null || id.equals(questionnaire.id()));
        ObjectNode bundle = mapper.createObjectNode().put("resourceType", "Bundle").put("type", "searchset")
                .put("total", matches ? 1 : 0);
        if (matches) {
            try {
                ObjectNode entry = bundle.putArray("entry").addObject().put("fullUrl", questionnaire.url());
                entry.set("resource", mapper.readTree(questionnaire.json()));
                entry.putObject("search").put("mode", "match");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the Questionnaire rendered at start is JSON", e);
            }
        }
        return Response.ok(bundle.toString(), FHIR_JSON).build();
    }

    @GET
    @Path("/Questionnaire/{id}")
    @NonBlocking
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response questionnaire(@PathParam("id") String id) {
        if (!questionnaire.id().equals(id)) {
            return OperationOutcomeResponses.of(404, List.of(new OutcomeIssue("not-found", null, "no Questionnaire '" + id + "'")));
        }
        return Response.ok(questionnaire.json(), FHIR_JSON).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }

    /** FHIR operation {@code $screen}; a path parameter so both "$screen" and "%24screen" are understood. */
    @POST
    @Path("/QuestionnaireResponse/{operation}")
    @NonBlocking
    @Consumes({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Produces({MediaType.APPLICATION_JSON, FHIR_JSON})
    @Operation(hidden = true)
    public Response screen(@PathParam("operation") String operation, String body,
            @QueryParam("plannedTreatmentDate") String plannedTreatmentDate, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (!operation.equals("$screen")) {
            return OperationOutcomeResponses.of(404, List.of(new OutcomeIssue("not-supported", null, "no operation '" + operation + "'")));
        }
        Language language;
        try {
            language = LanguageSelector.select(lang, acceptLanguage);
        } catch (InvalidParameterException e) {
            return OperationOutcomeResponses.of(400, List.of(new OutcomeIssue("value", null, "lang: " + e.errors().get(0).message())));
        }
        JsonNode response;
        try {
            response = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            response = null;
        }
        response = unwrapped(response);
        if (response == null) {
            return OperationOutcomeResponses.of(400, List.of(new OutcomeIssue("structure", null,
                    "the body is not a JSON QuestionnaireResponse, nor Parameters with one as parameter 'response'")));
        }
        QuestionnaireResponseReader.Result read = reader.read(response, plannedTreatmentDate);
        if (!read.issues().isEmpty()) {
            return OperationOutcomeResponses.of(400, read.issues());
        }
        ScreeningDecision decision;
        try {
            decision = service.screen(read.request(), language, false);
        } catch (InvalidRequestException e) {
            List<OutcomeIssue> issues = new ArrayList<>();
            for (FieldError error : e.errors()) {
                String linkId = reader.linkIdOf(error.field());
                String code = error.message().startsWith("is required") || error.message().startsWith("needs at least")
                        ? "required" : "value";
                issues.add(new OutcomeIssue(code, linkId, linkId == null ? error.field() + " " + error.message()
                        : error.message()));
            }
            return OperationOutcomeResponses.of(400, issues);
        }
        Response.ResponseBuilder ok = wantsFhir(accept)
                ? Response.ok(decisions.parameters(decision).toString(), FHIR_JSON)
                : Response.ok(decision, MediaType.APPLICATION_JSON);
        return ok.header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * The QuestionnaireResponse posted as the body, or (as FHIR operations are also called) inside a
     * Parameters resource as the parameter "response" (or "resource"); null when neither.
     */
    private static JsonNode unwrapped(JsonNode body) {
        if (body == null) {
            return null;
        }
        if ("Parameters".equals(body.path("resourceType").asText())) {
            for (JsonNode parameter : body.path("parameter")) {
                String name = parameter.path("name").asText();
                if ((name.equals("response") || name.equals("resource"))
                        && "QuestionnaireResponse".equals(parameter.path("resource").path("resourceType").asText())) {
                    return parameter.get("resource");
                }
            }
            return null;
        }
        return body;
    }

    /** FHIR JSON when the caller prefers it over plain JSON (stock FHIR clients do); plain JSON otherwise. */
    static boolean wantsFhir(String accept) {
        if (accept == null) {
            return false;
        }
        double fhir = -1;
        double json = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals(FHIR_JSON) || type.equals("application/json+fhir")) {
                fhir = Math.max(fhir, q);
            } else if (type.equals(MediaType.APPLICATION_JSON)) {
                json = Math.max(json, q);
            }
        }
        return fhir > 0 && fhir >= json;
    }

    private static ObjectNode capabilityStatement(ObjectMapper mapper) {
        ObjectNode statement = mapper.createObjectNode().put("resourceType", "CapabilityStatement")
                .put("status", "active").put("date", "2026-11-30").put("kind", "instance")
                .put("fhirVersion", "4.0.1");
        statement.putObject("software").put("name", "contraindication-screening");
        statement.putObject("implementation").put("description",
                "Contraindication screening: the intake Questionnaire and $screen of a QuestionnaireResponse");
        statement.putArray("format").add("json");
        ObjectNode rest = statement.putArray("rest").addObject().put("mode", "server");
        ObjectNode questionnaireResource = rest.putArray("resource").addObject().put("type", "Questionnaire");
        questionnaireResource.putArray("interaction").add(mapper.createObjectNode().put("code", "read"))
                .add(mapper.createObjectNode().put("code", "search-type"));
        questionnaireResource.putArray("searchParam")
                .add(mapper.createObjectNode().put("name", "url").put("type", "uri"))
                .add(mapper.createObjectNode().put("name", "_id").put("type", "token"));
        ObjectNode responses = mapper.createObjectNode().put("type", "QuestionnaireResponse");
        responses.putArray("operation").addObject().put("name", "screen")
                .put("definition", "https://contraindication-screening.example/fhir/OperationDefinition/"
                        + "QuestionnaireResponse-screen")
                .put("documentation", "Screens a completed intake; returns Parameters (Accept: application/fhir+json) "
                        + "or the JSON decision (Accept: application/json)");
        ((com.fasterxml.jackson.databind.node.ArrayNode) rest.get("resource")).add(responses);
        return statement;
    }
}
