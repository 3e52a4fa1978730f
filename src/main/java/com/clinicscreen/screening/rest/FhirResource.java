package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.FhirDecisions;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemTexts;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    private final ProblemTexts texts;

    public FhirResource(FhirQuestionnaire questionnaire, QuestionnaireResponseReader reader, ScreeningService service,
            ObjectMapper mapper, ProblemTexts texts) {
        this.texts = texts;
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

    /** The search parameters of Questionnaire this server understands (as its CapabilityStatement lists them). */
    private static final Set<String> SEARCH_PARAMETERS = Set.of("url", "version", "_id");

    /**
     * Search by canonical URL ("url" or "url|version"), version or id, the way a form filler finds the
     * Questionnaire it must render. FHIR search handling: with {@code Prefer: handling=strict} an unknown
     * parameter is refused; otherwise (lenient) it is ignored, and the self link shows only the parameters
     * used, as FHIR asks so that clients can tell what was ignored.
     */
    @GET
    @Path("/Questionnaire")
    @NonBlocking
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response searchQuestionnaire(@QueryParam("url") String url, @QueryParam("version") String version,
            @QueryParam("_id") String id, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<String> unknown = uriInfo.getQueryParameters().keySet().stream()
                .filter(name -> !SEARCH_PARAMETERS.contains(name)).sorted().toList();
        if (!unknown.isEmpty() && strictHandling(headers.getRequestHeader("Prefer"))) {
            return OperationOutcomeResponses.of(400, unknown.stream().map(name -> new OutcomeIssue("not-supported", null,
                    "unknown search parameter '" + name + "' (Questionnaire is searched by " + SEARCH_PARAMETERS.stream()
                            .sorted().toList() + ")")).toList());
        }
        boolean matches = (url == null || questionnaire.isNamedBy(unescaped(url)))
                && (version == null || unescaped(version).equals(questionnaire.version()))
                && (id == null || unescaped(id).equals(questionnaire.id()));
        ObjectNode bundle = mapper.createObjectNode().put("resourceType", "Bundle").put("type", "searchset")
                .put("total", matches ? 1 : 0);
        bundle.putArray("link").addObject().put("relation", "self").put("url", selfLink(uriInfo.getRequestUri()));
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

    /**
     * A search value with FHIR's escapes undone ("\|" is "|"): stock clients escape the "|" of a versioned
     * canonical (HAPI's does), and the value means the same canonical as the unescaped one.
     */
    private static String unescaped(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "\\|,$".indexOf(value.charAt(i + 1)) >= 0) {
                c = value.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /** The request URL with only the search parameters this server used, each as the client encoded it. */
    private static String selfLink(URI request) {
        String base = request.toString().split("\\?", 2)[0];
        String query = request.getRawQuery() == null ? "" : Arrays.stream(request.getRawQuery().split("&"))
                .filter(pair -> SEARCH_PARAMETERS.contains(
                        URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? base : base + "?" + query;
    }

    /** FHIR's {@code Prefer: handling=strict} (RFC 7240: comma-separated preferences, parameters after ';'). */
    static boolean strictHandling(List<String> prefer) {
        if (prefer == null) {
            return false;
        }
        return prefer.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(preference -> preference.split(";", 2)[0].replace(" ", "").replace("\"", ""))
                .anyMatch(preference -> preference.equalsIgnoreCase("handling=strict"));
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
            return OperationOutcomeResponses.of(400, List.of(new OutcomeIssue("value", null,
                    "lang: " + texts.render(e.errors().get(0).message(), Language.EN))));
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
            // FHIR's HTTP rules: 400 for content that cannot be parsed or is not valid FHIR, 422 for valid FHIR
            // the server cannot process under its rules. A response to a Questionnaire version this server
            // does not have is valid FHIR, so 422, naming the version it has.
            return OperationOutcomeResponses.of(read.unknownVersion() ? 422 : 400, read.issues());
        }
        ScreeningDecision decision;
        try {
            decision = service.screen(read.request(), language, false);
        } catch (InvalidRequestException e) {
            List<OutcomeIssue> issues = new ArrayList<>();
            for (FieldProblem error : e.errors()) {
                String linkId = reader.linkIdOf(error.field());
                String code = error.key() == ProblemKey.REQUIRED || error.key() == ProblemKey.NEEDS_AN_ENTRY
                        ? "required" : "value";
                // In English, as every OperationOutcome: the language of the EHR integrations that read them.
                String message = texts.render(error.message(), Language.EN);
                issues.add(new OutcomeIssue(code, linkId, linkId == null ? error.field() + " " + message : message));
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
                .add(mapper.createObjectNode().put("name", "version").put("type", "token"))
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
