package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body that declares a Content-Length over the limit with 413 problem+json before it is read.
 * (A chunked body with no Content-Length that grows over the limit is cut off by the HTTP layer itself,
 * with an empty 413.)
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;
    private final String body;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        this.body = Json.encode(new Problem(type.uri(), type.title(), type.status(),
                "The body is larger than " + this.limit + " bytes", null, null));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
            } else {
                context.next();
            }
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
