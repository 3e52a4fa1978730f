package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.service.ScreeningService;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Screens an intake. CPU-only, so it runs on the event loop. */
@Path("/v1/screenings")
public class ScreeningResource {

    private final ScreeningService service;

    public ScreeningResource(ScreeningService service) {
        this.service = service;
    }

    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response screen(ScreeningRequest request, @QueryParam("explain") boolean explain,
            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        var language = LanguageSelector.select(lang, acceptLanguage);
        ScreeningDecision decision = service.screen(request, language, explain);
        return Response.ok(decision)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
