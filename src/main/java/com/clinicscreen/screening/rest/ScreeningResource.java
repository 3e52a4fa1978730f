package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.DecisionView;
import com.clinicscreen.screening.api.PartialScreening;
import com.clinicscreen.screening.api.PatientDecision;
import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.service.ScreeningService;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Screens an intake. CPU-only, so it runs on the event loop. */
@Path("/v1/screenings")
@Tag(name = "Screening")
public class ScreeningResource {

    private final ScreeningService service;

    public ScreeningResource(ScreeningService service) {
        this.service = service;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth"))
    @Operation(operationId = "screenIntake", summary = "Screen an intake for a treatment",
            description = "Screens the patient's intake answers for the requested treatment (microneedling when "
                    + "`treatment` is absent) on the planned treatment date (today in the clinic's time zone when "
                    + "absent). Returns the status (highest precedence of all reasons), every reason, the date from "
                    + "which the patient can be booked, preparation and aftercare instructions, session guidance and "
                    + "the alternatives that fit the patient's goals and are themselves safe for this patient. "
                    + "Answers the questionnaire marks as required must be present; \"UNSURE\" is a valid answer "
                    + "screened as a possible yes. Nothing is stored and no answer is logged.")
    @RequestBody(required = true, description = "The intake answers. Build the form from "
            + "`GET /v1/questionnaires/microneedling-intake`: it names each field, when it is shown and whether it is required.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningRequest.class),
                    examples = {
                            @ExampleObject(name = "eligible", ref = "#/components/examples/request-eligible"),
                            @ExampleObject(name = "eligible-with-precautions", ref = "#/components/examples/request-eligible-with-precautions"),
                            @ExampleObject(name = "clinician-review", ref = "#/components/examples/request-clinician-review"),
                            @ExampleObject(name = "deferred", ref = "#/components/examples/request-deferred"),
                            @ExampleObject(name = "not-eligible", ref = "#/components/examples/request-not-eligible"),
                            @ExampleObject(name = "missing-answers", ref = "#/components/examples/request-missing-answers")}))
    @APIResponse(responseCode = "200", description = "The decision: the full view (ScreeningDecision) by default, the "
            + "patient view (PatientDecision) with `view=patient`. `Cache-Control: no-store`; `Content-Language` names "
            + "the language of the texts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = {ScreeningDecision.class, PatientDecision.class}, discriminatorProperty = "view",
                            discriminatorMapping = {
                                    @DiscriminatorMapping(value = ScreeningDecision.VIEW, schema = ScreeningDecision.class),
                                    @DiscriminatorMapping(value = PatientDecision.VIEW, schema = PatientDecision.class)}),
                    examples = {
                            @ExampleObject(name = "patient-view", ref = "#/components/examples/patient-view-not-eligible"),
                            @ExampleObject(name = "eligible", ref = "#/components/examples/decision-eligible"),
                            @ExampleObject(name = "eligible-with-precautions", ref = "#/components/examples/decision-eligible-with-precautions"),
                            @ExampleObject(name = "clinician-review", ref = "#/components/examples/decision-clinician-review"),
                            @ExampleObject(name = "deferred", ref = "#/components/examples/decision-deferred"),
                            @ExampleObject(name = "not-eligible", ref = "#/components/examples/decision-not-eligible")}))
    @APIResponse(responseCode = "400", description = "Invalid request: missing or invalid answers (every offending "
            + "field is listed), malformed JSON, or an unsupported `lang`. Nothing was screened.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "missing-answers", ref = "#/components/examples/problem-missing-answers"),
                            @ExampleObject(name = "wrong-value", ref = "#/components/examples/problem-wrong-value"),
                            @ExampleObject(name = "malformed-json", ref = "#/components/examples/problem-malformed-json"),
                            @ExampleObject(name = "unsupported-language", ref = "#/components/examples/problem-invalid-parameter")}))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    @APIResponse(responseCode = "503", ref = "#/components/responses/KeysUnavailable")
    public DecisionView screen(ScreeningRequest request,
            @Parameter(description = "Adds `explanation`: every rule evaluated for the requested treatment, fired "
                    + "or not, with the finding each case used.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("explain") String explain,
            @Parameter(description = "When alternatives are screened and suggested: `auto` (default) only when the "
                    + "requested treatment cannot simply be booked (DEFERRED, CLINICIAN_REVIEW, NOT_ELIGIBLE); "
                    + "`always` also for an eligible patient; `none` never. Only treatments the clinic offers are "
                    + "suggested.", schema = @Schema(type = SchemaType.STRING, enumeration = {"auto", "always", "none"},
                    defaultValue = "auto")) @QueryParam("alternatives") String alternatives,
            @Parameter(description = "Which view of the decision: `full` (default), for clinic systems and staff; "
                    + "`patient`, what a patient reads (headline, message, patient texts, the patient's own instructions "
                    + "and the alternatives bookable without a clinician; no clinician detail, sources or answers). "
                    + "Lower case, exactly as written.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"full", "patient"}, defaultValue = "full")) @QueryParam("view") String view,
            @Parameter(description = "Language of the texts: `en` or `es`. Takes precedence over `Accept-Language`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); the first supported one by weight is used, "
                    + "English otherwise; at most the HTTP layer's 16 KB of headers.", schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX))
                    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerResponse response) {
        var language = LanguageSelector.select(lang, acceptLanguage);
        boolean patient = patientView(view);
        ScreeningDecision decision = service.screen(request, language, flag("explain", explain),
                alternativesMode(alternatives));
        // Headers go straight to the HTTP response: returning a Response instead would have the body writer
        // looked up again on every request.
        response.putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag()).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return patient ? PatientDecision.of(decision) : decision;
    }

    @POST
    @Path("partial")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearerAuth"))
    @Operation(operationId = "screenPartialIntake", summary = "Say what an intake in progress already settles",
            description = "For forms that ask step by step and stop as soon as the answer is certain, like the "
                    + "adaptive questionnaires of HL7 SDC (`$next-question`): takes the same request as "
                    + "`POST /v1/screenings`, with questions not answered yet left out. The answers given are checked "
                    + "exactly as there (400 with every offending field); a required question left out is listed "
                    + "in `unanswered`, never read as no. A follow-up of an answer given (a date after \"yes\") "
                    + "is still required. `final` is true only when the open questions cannot make the treatment "
                    + "bookable: NOT_ELIGIBLE (for example under the minimum age on the planned date), or DEFERRED "
                    + "until something resolves with no date (pregnancy, breastfeeding); then `decision` holds the "
                    + "result to show. Otherwise no status is given: a patient who may still be eligible is never "
                    + "shown a result before every question is answered. With every question answered, `decision` is "
                    + "the full screening's. The evaluation date is `plannedTreatmentDate` (today when absent), as "
                    + "in a full screening: send it with the first step. Nothing is stored and no answer is logged; "
                    + "browser callers have an allowance of these calls per minute of their own, as many per screening as the "
                    + "questionnaire has sections.")
    @RequestBody(required = true, description = "The answers given so far, in the shape of a screening request.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScreeningRequest.class),
                    examples = {
                            @ExampleObject(name = "under-age", ref = "#/components/examples/partial-request-under-age"),
                            @ExampleObject(name = "pregnant", ref = "#/components/examples/partial-request-pregnant"),
                            @ExampleObject(name = "not-decided-yet", ref = "#/components/examples/partial-request-open")}))
    @APIResponse(responseCode = "200", description = "What the answers given settle. `Cache-Control: no-store`; "
            + "`Content-Language` names the language of the texts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartialScreening.class),
                    examples = {
                            @ExampleObject(name = "under-age", ref = "#/components/examples/partial-under-age"),
                            @ExampleObject(name = "pregnant", ref = "#/components/examples/partial-pregnant"),
                            @ExampleObject(name = "not-decided-yet", ref = "#/components/examples/partial-open")}))
    @APIResponse(responseCode = "400", description = "An answer given is invalid (every offending field is listed), "
            + "a follow-up of an answer given is missing, malformed JSON, or an invalid parameter. Nothing was screened.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "wrong-value", ref = "#/components/examples/problem-wrong-value"),
                            @ExampleObject(name = "malformed-json", ref = "#/components/examples/problem-malformed-json")}))
    @APIResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @APIResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "413", ref = "#/components/responses/PayloadTooLarge")
    @APIResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @APIResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    @APIResponse(responseCode = "503", ref = "#/components/responses/KeysUnavailable")
    public PartialScreening screenPartial(ScreeningRequest request,
            @Parameter(description = "As for `POST /v1/screenings`; before the intake is complete every alternative "
                    + "needs a clinician's review.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"auto", "always", "none"}, defaultValue = "auto"))
            @QueryParam("alternatives") String alternatives,
            @Parameter(description = "The view of `decision`: `full` (default) or `patient`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"full", "patient"}, defaultValue = "full"))
            @QueryParam("view") String view,
            @Parameter(description = "Language of the texts: `en` or `es`. Takes precedence over `Accept-Language`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); the first supported one by weight is used, "
                    + "English otherwise.", schema = @Schema(type = SchemaType.STRING, maxLength = 16384,
                    pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX))
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerResponse response) {
        var language = LanguageSelector.select(lang, acceptLanguage);
        boolean patient = patientView(view);
        PartialScreening partial = service.screenPartial(request, language, alternativesMode(alternatives));
        response.putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag()).putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return patient && partial.decision() instanceof ScreeningDecision full
                ? new PartialScreening(partial.complete(), partial.decided(), partial.statusFinal(), partial.unanswered(),
                        PatientDecision.of(full), partial.answerChecks())
                : partial;
    }

    /** The view parameter: absent, "full" or "patient"; anything else is refused. */
    private static boolean patientView(String value) {
        if (value == null || value.equals("full")) {
            return false;
        }
        if (value.equals("patient")) {
            return true;
        }
        throw new InvalidParameterException(List.of(FieldProblem.of("view", ProblemKey.PARAMETER_VIEW)));
    }

    /** The alternatives parameter: absent, "auto", "always" or "none"; anything else is refused. */
    private static AlternativesMode alternativesMode(String value) {
        if (value == null) {
            return AlternativesMode.AUTO;
        }
        return switch (value) {
            case "auto" -> AlternativesMode.AUTO;
            case "always" -> AlternativesMode.ALWAYS;
            case "none" -> AlternativesMode.NONE;
            default -> throw new InvalidParameterException(List.of(FieldProblem.of("alternatives",
                    ProblemKey.PARAMETER_ALTERNATIVES)));
        };
    }

    /** A boolean query parameter: absent, "true" or "false"; anything else is refused rather than read as false. */
    private static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidParameterException(List.of(FieldProblem.of(name, ProblemKey.PARAMETER_TRUE_OR_FALSE)));
    }
}
