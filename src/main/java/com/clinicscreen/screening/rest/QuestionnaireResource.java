package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.QuestionnaireView;
import com.clinicscreen.screening.questionnaire.QuestionnaireViews;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Publishes the intake questionnaire so forms can be rendered from it. */
@Path("/v1/questionnaires")
public class QuestionnaireResource {

    private final QuestionnaireViews views;

    public QuestionnaireResource(QuestionnaireViews views) {
        this.views = views;
    }

    @GET
    @Path("/{id}")
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public Response questionnaire(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (!views.id().equals(id)) {
            throw new NotFoundException("No questionnaire '" + id + "'");
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
