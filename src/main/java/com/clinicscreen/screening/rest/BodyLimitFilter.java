package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.OperationOutcomes;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemMessage;
import com.clinicscreen.screening.problems.ProblemTexts;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body over the limit with 413 before it is read: problem+json in the caller's language, or an
 * OperationOutcome (in English) under
 * {@code /fhir} and {@code /cds-services}. A body that declares its Content-Length is refused from the
 * header. A body without one (chunked) is only found too large as it streams in; under /v1 the HTTP layer
 * then cuts it off with an empty 413, but EHR paths read such bodies here first, so that their 413 is an
 * OperationOutcome too.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;
    // Encoded once per language: answered before Quarkus REST, without its writers.
    private final String[] problems = new String[Language.values().length];
    private final String outcome;
    private final BodyHandler ehrBodies;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ProblemTexts texts) {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        ProblemMessage detail = ProblemMessage.of(ProblemKey.DETAIL_BODY_LARGER_THAN, this.limit);
        for (Language language : Language.values()) {
            problems[language.ordinal()] = Json.encode(new Problem(type.uri(), texts.render(type.title(), language),
                    type.status(), texts.render(detail, language), null, null));
        }
        this.outcome = OperationOutcomes.of(List.of(new OutcomeIssue("too-long", null,
                texts.render(detail, Language.EN)))).toString();
        // No file uploads: nothing is written to disk, the body stays in memory as Quarkus REST would keep it.
        this.ehrBodies = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                tooLarge(context);
            } else if (length == null && mayHaveBody(context) && isEhrPath(context)) {
                // Quarkus REST reads the body the handler leaves on the context; over the limit it fails with 413.
                ehrBodies.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && isEhrPath(context) && !context.response().headWritten()) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void tooLarge(RoutingContext context) {
        if (isEhrPath(context)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, OperationOutcomeResponses.FHIR_JSON)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(outcome);
            return;
        }
        Language language = LanguageSelector.forProblem(context.queryParam("lang"),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problems[language.ordinal()]);
    }

    private static boolean mayHaveBody(RoutingContext context) {
        HttpMethod method = context.request().method();
        return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
    }

    private static boolean isEhrPath(RoutingContext context) {
        return OperationOutcomeResponses.answersWithOperationOutcome(context.normalizedPath());
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
