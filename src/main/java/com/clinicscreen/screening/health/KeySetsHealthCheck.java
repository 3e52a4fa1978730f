package com.clinicscreen.screening.health;

import com.clinicscreen.screening.security.JwksCache;
import com.clinicscreen.screening.security.JwksRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The identity providers' key sets, in /q/health (and /q/health/well): DOWN while a provider does not
 * answer. Not a readiness check on purpose: an outage of the provider must not take every pod out of
 * the Service, since keys already loaded stay in use and the read-only endpoints need none.
 */
@Wellness
@ApplicationScoped
public class KeySetsHealthCheck implements HealthCheck {

    private final JwksRegistry registry;

    public KeySetsHealthCheck(JwksRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("identity-provider-keys").up();
        for (JwksCache cache : registry.all()) {
            JwksCache.State state = cache.state();
            if (!state.providerUp()) {
                response.down();
            }
            response.withData(cache.name(), (state.providerUp() ? "UP" : "DOWN (" + state.lastProblem() + ")")
                    + ", " + state.keyCount() + " keys" + (state.loadedAt() == null ? ", none loaded yet"
                    : ", loaded " + state.loadedAt()));
        }
        return response.build();
    }
}
