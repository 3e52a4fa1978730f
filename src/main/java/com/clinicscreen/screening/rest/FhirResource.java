package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.core.JsonProcessingException;
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

    public FhirResource(FhirQuestionnaire questionnaire, QuestionnaireResponseReader reader, ScreeningService service,
            ObjectMapper mapper) {
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.service = service;
        this.mapper = mapper;
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response screen(@PathParam("operation") String operation, String body,
            @QueryParam("plannedTreatmentDate") String plannedTreatmentDate, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
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
        if (response == null) {
            return OperationOutcomeResponses.of(400, List.of(new OutcomeIssue("structure", null, "the body is not a JSON QuestionnaireResponse")));
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
        return Response.ok(decision)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
