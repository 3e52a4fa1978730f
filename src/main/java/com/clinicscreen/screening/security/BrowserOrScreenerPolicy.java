package com.clinicscreen.screening.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SCREENING_AUTH=screener-or-browser: server-to-server callers screen with a bearer token carrying the
 * role, as with "screener"; a patient's browser on one of the clinic's booking sites (an Origin listed in
 * CORS_ORIGINS, no Authorization header) may call POST /v1/screenings (and its partial form) without one, limited per client by
 * {@link BrowserRateLimiter}. The Origin header proves nothing outside a browser, which is why the
 * anonymous path is rate limited and only screens: it reads no record and stores nothing. Every other
 * protected path (the FHIR $screen operation) still needs the token.
 */
@ApplicationScoped
public class BrowserOrScreenerPolicy implements HttpSecurityPolicy {

    public static final String NAME = "screener-or-browser";
    public static final String BROWSER_PATH = "/v1/screenings";
    /** The partial screening a step-by-step form calls after each step: the same answers, the same limits. */
    public static final String BROWSER_PARTIAL_PATH = "/v1/screenings/partial";

    /** Whether a browser on a booking site may call this path without a token. */
    public static boolean isBrowserPath(String path) {
        return BROWSER_PATH.equals(path) || BROWSER_PARTIAL_PATH.equals(path);
    }

    private final Set<String> origins;
    private final String role;

    public BrowserOrScreenerPolicy(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.auth.policy.screener.roles-allowed") String role) {
        this.origins = Set.copyOf(origins.orElse(List.of()));
        this.role = role;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        if (request.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return isBrowserOnBookingSite(request) ? CheckResult.permit() : CheckResult.deny();
        }
        return identity.map(id -> !id.isAnonymous() && id.hasRole(role) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    private boolean isBrowserOnBookingSite(RoutingContext request) {
        String origin = request.request().getHeader(HttpHeaders.ORIGIN);
        return origin != null && origins.contains(origin) && isBrowserPath(request.normalizedPath());
    }

    @Override
    public String name() {
        return NAME;
    }
}
