package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.domain.Language;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Problem details in the caller's language, with Content-Language: {@code lang} when it is a supported
 * value (even when the problem is about another parameter), else Accept-Language, else English.
 */
public class ProblemLanguageFilter {

    @ServerResponseFilter
    public void inCallersLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        Language language = languageOf(request);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        if (language == Language.ES) {
            response.setEntity(SpanishProblems.of(problem));
        }
    }

    private static Language languageOf(ContainerRequestContext request) {
        List<String> lang = request.getUriInfo().getQueryParameters().get("lang");
        if (lang != null && lang.size() == 1) {
            for (Language language : Language.values()) {
                if (language.tag().equals(lang.get(0))) {
                    return language;
                }
            }
        }
        try {
            return LanguageSelector.select(null, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            return Language.EN;
        }
    }
}
