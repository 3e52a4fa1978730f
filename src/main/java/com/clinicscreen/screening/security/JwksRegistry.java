package com.clinicscreen.screening.security;

import com.clinicscreen.screening.config.CdsConfig;
import com.clinicscreen.screening.config.JwksConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every remote key set the service verifies tokens with: the screening callers' identity provider (when
 * JWT_PUBLIC_KEY_LOCATION is an https URL) and each allow-listed EHR's JWKS URL. Fetched at start and
 * refreshed in the background; the state of each is a metric and part of /q/health.
 */
@Startup
@ApplicationScoped
public class JwksRegistry {

    /** Name of the screening callers' key set in metrics and health. */
    public static final String SCREENING = "screening";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jwks-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, JwksCache> byName = new LinkedHashMap<>();
    private final Map<String, JwksCache> byIssuer = new LinkedHashMap<>();

    public JwksRegistry(JwksConfig config, CdsConfig cds, MeterRegistry meters,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> screeningKeys) {
        Optional<String> remoteScreeningKeys = screeningKeys.filter(JwksRegistry::isRemote);
        boolean anyRemote = remoteScreeningKeys.isPresent()
                || cds.issuers().values().stream().anyMatch(issuer -> issuer.jwksUrl().isPresent());
        // Building an HTTP client sets up TLS (about 0.2 s of start): only when some key set is fetched.
        HttpClient client = !anyRemote ? null : HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).executor(scheduler).build();
        remoteScreeningKeys.ifPresent(location -> byName.put(SCREENING,
                cache(SCREENING, location, client, config)));
        cds.issuers().forEach((name, issuer) -> issuer.jwksUrl().ifPresent(url -> {
            JwksCache cache = cache("cds-" + name, url, client, config);
            byName.put(cache.name(), cache);
            byIssuer.put(issuer.iss(), cache);
        }));
        for (JwksCache cache : byName.values()) {
            Gauge.builder("screening.jwks.up", cache, c -> c.state().providerUp() ? 1 : 0)
                    .description("1 while the key set's provider answers, 0 during an outage")
                    .tag("source", cache.name()).register(meters);
            Gauge.builder("screening.jwks.keys", cache, c -> c.state().keyCount())
                    .description("Keys in use from the key set (kept through an outage)")
                    .tag("source", cache.name()).register(meters);
            cache.start();
        }
    }

    static boolean isRemote(String location) {
        return location.startsWith("https://") || location.startsWith("http://");
    }

    private JwksCache cache(String name, String url, HttpClient client, JwksConfig config) {
        return new JwksCache(name, URI.create(url), client, config.timeout(), config.refreshInterval(),
                config.retryInterval(), scheduler, Clock.systemUTC());
    }

    /** The screening callers' remote key set, when their keys come from a URL. */
    public Optional<JwksCache> screening() {
        return Optional.ofNullable(byName.get(SCREENING));
    }

    /** An allow-listed EHR issuer's remote key set, when it has a JWKS URL. */
    public Optional<JwksCache> issuer(String iss) {
        return Optional.ofNullable(byIssuer.get(iss));
    }

    public Collection<JwksCache> all() {
        return new ArrayList<>(byName.values());
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
