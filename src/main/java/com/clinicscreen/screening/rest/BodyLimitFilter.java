package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.fhir.OperationOutcomes;
import com.clinicscreen.screening.fhir.OutcomeIssue;
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
 * Answers a body over the limit with 413 before it is read: problem+json, or an OperationOutcome under
 * {@code /fhir} and {@code /cds-services}. A body that declares its Content-Length is refused from the
 * header. A body without one (chunked) is only found too large as it streams in; under /v1 the HTTP layer
 * then cuts it off with an empty 413, but EHR paths read such bodies here first, so that their 413 is an
 * OperationOutcome too.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;
    private final String problem;
    private final String outcome;
    private final BodyHandler ehrBodies;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        String detail = "The body is larger than " + this.limit + " bytes";
        this.problem = Json.encode(new Problem(type.uri(), type.title(), type.status(), detail, null, null));
        this.outcome = OperationOutcomes.of(List.of(new OutcomeIssue("too-long", null, detail))).toString();
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
        boolean ehr = isEhrPath(context);
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ehr ? OperationOutcomeResponses.FHIR_JSON : Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ehr ? outcome : problem);
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
