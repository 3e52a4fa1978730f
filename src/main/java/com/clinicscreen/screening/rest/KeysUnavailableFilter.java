package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.config.JwksConfig;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.security.BrowserOrScreenerPolicy;
import com.clinicscreen.screening.security.JwksCache;
import com.clinicscreen.screening.security.JwksRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
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
    // Encoded once per language: answered before Quarkus REST, without its writers.
    private final String[] bodies = new String[Language.values().length];

    public KeysUnavailableFilter(JwksRegistry registry, JwksConfig config,
            @ConfigProperty(name = "quarkus.http.auth.permission.screening.policy") String policy, ProblemTexts texts) {
        this.keys = registry.screening().orElse(null);
        this.authRequired = !"permit".equals(policy);
        this.retryAfter = Long.toString(Math.max(1, config.retryInterval().toSeconds()));
        ProblemType type = ProblemType.KEYS_UNAVAILABLE;
        for (Language language : Language.values()) {
            bodies[language.ordinal()] = Json.encode(new Problem(type.uri(), texts.render(type.title(), language),
                    type.status(), texts.render(ProblemKey.DETAIL_KEYS_NOT_LOADED, language), null, null));
        }
    }

    void register(@Observes Router router) {
        if (keys == null || !authRequired) {
            return;
        }
        for (String path : List.of(BrowserOrScreenerPolicy.BROWSER_PATH, BrowserOrScreenerPolicy.BROWSER_PARTIAL_PATH)) {
            router.post(path).order(Integer.MIN_VALUE + 1).handler(context -> {
                if (!keys.state().hasKeys() && context.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                        && context.request().method() == HttpMethod.POST) {
                    Language language = LanguageSelector.forProblem(context.queryParam("lang"),
                            context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
                    context.response().setStatusCode(503)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                            .putHeader(HttpHeaders.RETRY_AFTER, retryAfter)
                            .end(bodies[language.ordinal()]);
                } else {
                    context.next();
                }
            });
        }
    }
}
