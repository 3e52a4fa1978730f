package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.security.BrowserOrScreenerPolicy;
import com.clinicscreen.screening.security.BrowserRateLimiter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits screenings from browsers without a token (an Origin header, no Authorization) per client
 * address, before anything else is done for them. The address is the peer's, or the one the trusted
 * ingress forwards (quarkus.http.proxy.*), so one client cannot pass for many by setting a header.
 * The medicine search (GET /v1/medicines) is deliberately outside it: a patient typing sends a search
 * after each pause, a dozen in one field, and each is a lookup in published data that is cheap, the
 * same for everyone and cacheable by browsers and shared caches; counting them against the screenings
 * allowance would lock a patient out of screening after typing a few medicine names.
 */
public class BrowserRateLimitFilter {

    private final BrowserRateLimiter limiter;

    public BrowserRateLimitFilter(BrowserRateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled() || !HttpMethod.POST.equals(request.getMethod())
                || !BrowserOrScreenerPolicy.isBrowserPath(request.getUriInfo().getPath())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getHeaderString("Origin") == null) {
            return;
        }
        String address = http.remoteAddress().hostAddress();
        boolean step = BrowserOrScreenerPolicy.BROWSER_PARTIAL_PATH.equals(request.getUriInfo().getPath());
        (step ? limiter.tryAcquireStep(address) : limiter.tryAcquire(address)).ifPresent(wait -> {
            throw new TooManyRequestsException(wait);
        });
    }
}
