package com.clinicscreen.screening.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * One identity provider's JSON Web Key Set, fetched with a short timeout and refreshed in the background,
 * never on a request's path. While the provider is down the last keys stay in use, one WARN is logged per
 * outage and one INFO when it answers again; a token with an unknown key asks for an early refresh
 * (at most once per retry interval) without waiting for it.
 */
public final class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);

    /** The keys in use and what is known about the provider. */
    public record State(String jwksJson, JwksVerificationKeyResolver resolver, int keyCount, Instant loadedAt,
            boolean providerUp, String lastProblem) {

        public boolean hasKeys() {
            return resolver != null;
        }
    }

    private final String name;
    private final URI uri;
    private final HttpClient client;
    private final Duration timeout;
    private final Duration refreshInterval;
    private final Duration retryInterval;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final AtomicReference<State> state;
    private final AtomicBoolean fetching = new AtomicBoolean();
    private volatile Instant earliestEarlyRefresh = Instant.EPOCH;

    public JwksCache(String name, URI uri, HttpClient client, Duration timeout, Duration refreshInterval,
            Duration retryInterval, ScheduledExecutorService scheduler, Clock clock) {
        this.name = name;
        this.uri = uri;
        this.client = client;
        this.timeout = timeout;
        this.refreshInterval = refreshInterval;
        this.retryInterval = retryInterval;
        this.scheduler = scheduler;
        this.clock = clock;
        // Up until a fetch says otherwise, so the first failure is reported as the start of an outage.
        this.state = new AtomicReference<>(new State(null, null, 0, null, true, null));
    }

    public String name() {
        return name;
    }

    public URI uri() {
        return uri;
    }

    public State state() {
        return state.get();
    }

    /** Fetches now, in the background; from then on one scheduled fetch follows each scheduled one. */
    public void start() {
        fetch(true);
    }

    /** A token named a key that is not in the set (key rotation?): fetch soon, without waiting for it. */
    public void unknownKey() {
        Instant now = clock.instant();
        if (now.isAfter(earliestEarlyRefresh)) {
            earliestEarlyRefresh = now.plus(retryInterval);
            fetch(false);
        }
    }

    /**
     * One fetch. Only the scheduled chain schedules the next fetch, so early fetches never start a second
     * chain; whatever happens (an exception included) the chain goes on.
     */
    private void fetch(boolean scheduled) {
        if (!fetching.compareAndSet(false, true)) {
            if (scheduled) {
                scheduler.schedule(() -> fetch(true), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                    .GET().build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> completed(response, error, scheduled));
        } catch (RuntimeException e) {
            completed(null, e, scheduled);
        }
    }

    private void completed(HttpResponse<String> response, Throwable error, boolean scheduled) {
        Duration next = retryInterval;
        try {
            if (error != null) {
                next = failed(error.getClass().getSimpleName() + (error.getMessage() == null ? ""
                        : ": " + error.getMessage()));
            } else if (response.statusCode() != 200) {
                next = failed("HTTP " + response.statusCode());
            } else {
                next = loaded(response.body());
            }
        } catch (RuntimeException e) {
            next = failed("unreadable key set (" + e.getClass().getSimpleName() + ")");
        } finally {
            fetching.set(false);
            if (scheduled) {
                scheduler.schedule(() -> fetch(true), next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private Duration loaded(String body) {
        List<JsonWebKey> keys;
        try {
            keys = new JsonWebKeySet(body).getJsonWebKeys();
        } catch (JoseException e) {
            return failed("not a JWK Set");
        }
        if (keys.isEmpty()) {
            return failed("the JWK Set has no keys");
        }
        State before = state.getAndSet(new State(body, new JwksVerificationKeyResolver(keys), keys.size(),
                clock.instant(), true, null));
        if (!before.providerUp()) {
            LOG.infof("JWKS %s (%s) answers again: %d keys loaded", name, uri, keys.size());
        }
        return refreshInterval;
    }

    private Duration failed(String problem) {
        State before = state.getAndUpdate(s -> new State(s.jwksJson(), s.resolver(), s.keyCount(), s.loadedAt(), false,
                problem));
        if (before.providerUp()) {
            LOG.warnf("JWKS %s (%s) cannot be fetched (%s); %s; retrying every %s", name, uri, problem,
                    before.hasKeys() ? "the keys loaded at " + before.loadedAt() + " stay in use"
                            : "no key has been loaded, so tokens cannot be verified", retryInterval);
        }
        return retryInterval;
    }
}
