package com.clinicscreen.screening.rest;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Adds {@code Vary: Origin} to every response: CORS headers depend on the caller's origin, and the
 * questionnaire is publicly cacheable, so a shared cache must not serve one origin's answer to another.
 * (The HTTP layer of this Quarkus version does not add it.)
 */
@ApplicationScoped
public class VaryOriginFilter {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                String vary = headers.get("Vary");
                if (vary == null || vary.isBlank()) {
                    headers.set("Vary", "Origin");
                } else if (!vary.toLowerCase(Locale.ROOT).contains("origin") && !vary.equals("*")) {
                    headers.set("Vary", vary + ", Origin");
                }
            });
            context.next();
        });
    }
}
