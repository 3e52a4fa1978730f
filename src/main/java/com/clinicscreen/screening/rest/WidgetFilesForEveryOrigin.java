package com.clinicscreen.screening.rest;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The booking widget's files are public code that any booking site embeds with one script tag: they are
 * served to every origin, whatever CORS_ORIGINS says. Only the API calls the widget then makes stay
 * subject to CORS and the browser policy. (A module script is fetched in CORS mode, so without this the
 * CORS filter answers a site that is not yet allowed with 403 and the element silently never loads.)
 * Also {@code /widget} without its slash goes to {@code /widget/}.
 */
@ApplicationScoped
public class WidgetFilesForEveryOrigin {

    static final String ROOT = "/widget";

    void register(@Observes Router router) {
        router.routeWithRegex(ROOT).order(Integer.MIN_VALUE + 1).handler(context -> context.response().setStatusCode(301)
                .putHeader("Location", ROOT + "/").end());
        router.routeWithRegex(ROOT + "/.*").order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpMethod method = context.request().method();
            if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && context.request().headers().contains("Origin")) {
                // Read as a same-origin request by the CORS filter, then opened to everyone explicitly.
                context.request().headers().remove("Origin");
                context.addHeadersEndHandler(ignored -> context.response().headers().set("Access-Control-Allow-Origin", "*"));
            }
            context.next();
        });
    }
}
