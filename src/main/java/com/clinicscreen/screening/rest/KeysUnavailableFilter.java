package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.config.JwksConfig;
import com.clinicscreen.screening.security.JwksCache;
import com.clinicscreen.screening.security.JwksRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * While screening needs a bearer token and no key of the identity provider has ever been loaded, a
 * screening with a token is answered 503 problem+json with Retry-After at once: the caller did nothing
 * wrong and may retry, and no request waits for the provider. Once keys were loaded they stay in use
 * through an outage, and a token with an unknown key gets 401 at once.
 */
@ApplicationScoped
public class KeysUnavailableFilter {

    private final JwksCache keys;
    private final boolean authRequired;
    private final String retryAfter;
    private final String body;

    public KeysUnavailableFilter(JwksRegistry registry, JwksConfig config,
            @ConfigProperty(name = "quarkus.http.auth.permission.screening.policy") String policy) {
        this.keys = registry.screening().orElse(null);
        this.authRequired = !"permit".equals(policy);
        this.retryAfter = Long.toString(Math.max(1, config.retryInterval().toSeconds()));
        ProblemType type = ProblemType.KEYS_UNAVAILABLE;
        this.body = Json.encode(new Problem(type.uri(), type.title(), type.status(),
                "The identity provider's key set has not been loaded yet; retry later.", null, null));
    }

    void register(@Observes Router router) {
        if (keys == null || !authRequired) {
            return;
        }
        router.post("/v1/screenings").order(Integer.MIN_VALUE + 1).handler(context -> {
            if (!keys.state().hasKeys() && context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                    && context.request().method() == HttpMethod.POST) {
                context.response().setStatusCode(503)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.RETRY_AFTER, retryAfter)
                        .end(body);
            } else {
                context.next();
            }
        });
    }
}
