package com.clinicscreen.screening.health;

import com.clinicscreen.screening.service.RequestPathWarmUp;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the request path has been warmed up, so no patient's request is a JVM's first. */
@Readiness
public class WarmUpReadinessCheck implements HealthCheck {

    private final RequestPathWarmUp warmUp;

    public WarmUpReadinessCheck(RequestPathWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("request-path-warmed-up").status(warmUp.done()).build();
    }
}
