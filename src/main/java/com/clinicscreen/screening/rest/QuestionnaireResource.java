package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.api.QuestionnaireView;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemMessage;
import com.clinicscreen.screening.questionnaire.QuestionnaireViews;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishes the intake questionnaire so forms can be rendered from it. */
@Path("/v1/questionnaires")
@Tag(name = "Questionnaire")
public class QuestionnaireResource {

    private final QuestionnaireViews views;

    public QuestionnaireResource(QuestionnaireViews views) {
        this.views = views;
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getQuestionnaire", summary = "Get the intake questionnaire",
            description = "The intake questionnaire in one language, enough to render the form: each item's id, the "
                    + "request field it fills, its answer type, options, whether it is required and when it is shown "
                    + "(`enableWhen`), with texts in English or Spanish.")
    @APIResponse(responseCode = "200", description = "The questionnaire in the selected language (`Content-Language`).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuestionnaireView.class),
                    examples = @ExampleObject(name = "excerpt", ref = "#/components/examples/questionnaire-excerpt")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidLanguage")
    @APIResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    public Response questionnaire(
            @Parameter(description = "Questionnaire id.", example = "microneedling-intake",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[a-z0-9-]+$")) @PathParam("id") String id,
            @Parameter(description = "Language of the texts: `en` or `es`. Takes precedence over `Accept-Language`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); at most the HTTP layer's 16 KB of headers.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
            String acceptLanguage) {
        if (!views.id().equals(id)) {
            throw new UnknownResourceException(ProblemMessage.of(ProblemKey.DETAIL_NO_QUESTIONNAIRE, id));
        }
        var language = LanguageSelector.select(lang, acceptLanguage);
        QuestionnaireView view = views.in(language);
        return Response.ok(view)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
