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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * FHIR R4 for EHR integrations: the intake Questionnaire, and screening from a QuestionnaireResponse
 * with the same decision engine and policy as the JSON API. Errors are OperationOutcomes.
 */
@Path("/fhir")
@Tag(name = "FHIR")
@Utf8BodiesOnly
public class FhirResource {

    static final String FHIR_JSON = OperationOutcomeResponses.FHIR_JSON;
    private static final String EXAMPLES = "#/components/examples/";
    private static final String OPERATION_OUTCOME = "#/components/schemas/OperationOutcome";
    private static final String RESOURCE = "A FHIR R4 resource.";

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
    @Operation(operationId = "fhirCapabilities", summary = "Get the FHIR CapabilityStatement",
            description = "What this FHIR R4 endpoint serves: the Questionnaire (read, search by url, version, _id) and the "
                    + "$screen operation on QuestionnaireResponse. Stock FHIR clients read it first.")
    @APIResponse(responseCode = "200", description = "The CapabilityStatement.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = RESOURCE),
            examples = @ExampleObject(name = "capability-statement", ref = EXAMPLES + "fhir-capability-statement")))
    @APIResponse(responseCode = "406", description = "The `Accept` header allows no JSON.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "not-acceptable", ref = EXAMPLES + "outcome-fhir-not-acceptable")))
    @APIResponse(responseCode = "400", description = "A query parameter the API documents (`lang`, `explain`, ...) with "
            + "another value, given twice or empty.", content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "invalid-parameter", ref = EXAMPLES + "outcome-invalid-parameter")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
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
    @Operation(operationId = "fhirSearchQuestionnaire", summary = "Search the Questionnaire by canonical URL, version or id",
            description = "A searchset Bundle with the intake Questionnaire when it matches, empty otherwise (any other "
                    + "version than the one this server has finds nothing). Other search parameters are ignored and left "
                    + "out of the `self` link, or refused under `Prefer: handling=strict`.")
    @Parameter(name = "Prefer", in = ParameterIn.HEADER, description = "`handling=strict` refuses unknown search "
            + "parameters (400) instead of ignoring them.", schema = @Schema(type = SchemaType.STRING, maxLength = 256,
            pattern = "^[ -~]*$"))
    @APIResponse(responseCode = "200", description = "A searchset Bundle.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = RESOURCE),
            examples = {
                    @ExampleObject(name = "match", ref = EXAMPLES + "fhir-search-match"),
                    @ExampleObject(name = "other-version", ref = EXAMPLES + "fhir-search-other-version")}))
    @APIResponse(responseCode = "400", description = "An unknown search parameter under `Prefer: handling=strict`.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unknown-parameter", ref = EXAMPLES + "outcome-fhir-unknown-search-parameter")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public Response searchQuestionnaire(
            @Parameter(description = "Canonical URL, optionally `|version` (e.g. "
                    + "`https://contraindication-screening.example/fhir/Questionnaire/microneedling-intake`).",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512, pattern = "^\\S+$"))
            @QueryParam("url") String url,
            @Parameter(description = "Business version (`1.0.0`).", schema = @Schema(type = SchemaType.STRING, maxLength = 64,
                    pattern = "^\\S+$")) @QueryParam("version") String version,
            @Parameter(description = "Resource id (`microneedling-intake`).", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 64, pattern = "^[A-Za-z0-9.-]+$")) @QueryParam("_id") String id,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
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
    @Operation(operationId = "fhirReadQuestionnaire", summary = "Read the intake as a FHIR R4 Questionnaire",
            description = "Generated at start from the same definition as `GET /v1/questionnaires/microneedling-intake`: "
                    + "every item with its linkId (Q01...), type, answer options, enableWhen, LOINC codes where they "
                    + "exist, Spanish as translation extensions.")
    @APIResponse(responseCode = "200", description = "The Questionnaire.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = RESOURCE),
            examples = @ExampleObject(name = "questionnaire", ref = EXAMPLES + "fhir-questionnaire")))
    @APIResponse(responseCode = "404", description = "No Questionnaire with this id.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "not-found", ref = EXAMPLES + "outcome-fhir-no-questionnaire")))
    @APIResponse(responseCode = "400", description = "A query parameter the API documents (`lang`, `explain`, ...) with "
            + "another value, given twice or empty.", content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "invalid-parameter", ref = EXAMPLES + "outcome-invalid-parameter")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public Response questionnaire(@Parameter(description = "The Questionnaire's id.", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"microneedling-intake"})) @PathParam("id") String id) {
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
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth"))
    @Operation(operationId = "fhirScreen", summary = "Screen a completed QuestionnaireResponse ($screen)",
            description = "Screens a QuestionnaireResponse to the intake Questionnaire, posted as the body or as the parameter "
                    + "`response` of a Parameters resource, with the same engine and policy as `POST /v1/screenings`. It "
                    + "is checked against the Questionnaire (linkIds, types, options, required when enabled). With "
                    + "`Accept: application/fhir+json` the answer is a FHIR Parameters resource (status, eligible, dates, "
                    + "decisionId, policy, one part per reason and alternative, the full decision as an attachment); with "
                    + "`Accept: application/json`, the JSON decision. Needs the bearer token when the deployment turns "
                    + "authentication on (SCREENING_AUTH other than `permit`).")
    @RequestBody(required = true, description = "A completed QuestionnaireResponse, or Parameters with it as `response`.",
            content = {
                    @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT, description = RESOURCE),
                            examples = {
                                    @ExampleObject(name = "healthy", ref = EXAMPLES + "fhir-screen-request-healthy"),
                                    @ExampleObject(name = "missing-answer", ref = EXAMPLES + "fhir-screen-request-missing-answer"),
                                    @ExampleObject(name = "other-version", ref = EXAMPLES + "fhir-screen-request-other-version")}),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = RESOURCE),
                            examples = @ExampleObject(name = "healthy", ref = EXAMPLES + "fhir-screen-request-healthy"))})
    @APIResponse(responseCode = "200", description = "The decision, as FHIR Parameters or as the JSON decision.", content = {
            @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT, description = RESOURCE),
                    examples = @ExampleObject(name = "eligible", ref = EXAMPLES + "fhir-parameters-eligible")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningDecision.class),
                    examples = @ExampleObject(name = "eligible", ref = EXAMPLES + "decision-eligible"))})
    @APIResponse(responseCode = "400", description = "Not a QuestionnaireResponse, or answers the Questionnaire refuses "
            + "(each located by its linkId), or an invalid `lang`.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(ref = OPERATION_OUTCOME),
            examples = {
                    @ExampleObject(name = "missing-answer", ref = EXAMPLES + "outcome-fhir-required-answer"),
                    @ExampleObject(name = "not-a-response", ref = EXAMPLES + "outcome-fhir-not-a-response")}))
    @APIResponse(responseCode = "401", description = "Authentication is on and the bearer token is missing or fails verification.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unauthorized", ref = EXAMPLES + "outcome-fhir-unauthorized")))
    @APIResponse(responseCode = "403", description = "The token lacks the screener role.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "forbidden", ref = EXAMPLES + "outcome-fhir-forbidden")))
    @APIResponse(responseCode = "404", description = "An operation other than `$screen`.", content = @Content(mediaType = FHIR_JSON,
            schema = @Schema(ref = OPERATION_OUTCOME),
            examples = @ExampleObject(name = "unknown-operation", ref = EXAMPLES + "outcome-fhir-unknown-operation")))
    @APIResponse(responseCode = "413", description = "The body is larger than the configured limit.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "too-large", ref = EXAMPLES + "outcome-too-large")))
    @APIResponse(responseCode = "415", description = "The body is not FHIR JSON or JSON in UTF-8.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "unsupported-media-type", ref = EXAMPLES + "outcome-fhir-unsupported-media-type")))
    @APIResponse(responseCode = "422", description = "The response answers a Questionnaire version this server does not have.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "other-version", ref = EXAMPLES + "outcome-fhir-other-version")))
    @APIResponse(responseCode = "500", description = "The service failed; the request was not processed.",
            content = @Content(mediaType = FHIR_JSON, schema = @Schema(ref = OPERATION_OUTCOME),
                    examples = @ExampleObject(name = "internal", ref = EXAMPLES + "outcome-internal")))
    public Response screen(
            @Parameter(description = "The operation: `$screen`.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"$screen"})) @PathParam("operation") String operation, String body,
            @Parameter(description = "Planned treatment date (`YYYY-MM-DD`, from today to the planning horizon); today "
                    + "in the clinic's time zone when absent.", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) @QueryParam("plannedTreatmentDate") String plannedTreatmentDate,
            @Parameter(description = "Language of the texts: `en` or `es`. Takes precedence over `Accept-Language`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); English or Spanish, English otherwise.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX))
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
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
