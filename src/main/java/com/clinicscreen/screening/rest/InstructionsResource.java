package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.InstructionsView;
import com.clinicscreen.screening.service.InstructionCatalog;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

/** Publishes the patient instructions the patient view refers to by code. */
@Path("/v1/instructions")
@Tag(name = "Questionnaire")
public class InstructionsResource {

    private final InstructionCatalog catalog;

    public InstructionsResource(InstructionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInstructions", summary = "Get the patient instructions",
            description = "Every preparation and aftercare instruction for patients, in one language. The patient view "
                    + "of a decision (`POST /v1/screenings?view=patient`) lists the instructions that apply with their "
                    + "dates and codes; their texts are here, the same for every patient, so a widget fetches them once.")
    @APIResponse(responseCode = "200", description = "The instructions in the selected language (`Content-Language`).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InstructionsView.class),
                    examples = @ExampleObject(name = "excerpt", ref = "#/components/examples/instructions-excerpt")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidLanguage")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    public Response instructions(
            @Parameter(description = "Language of the texts: `en` or `es`. Takes precedence over `Accept-Language`.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); at most the HTTP layer's 16 KB of headers.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
            String acceptLanguage) {
        var language = LanguageSelector.select(lang, acceptLanguage);
        return Response.ok(catalog.in(language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }
}
