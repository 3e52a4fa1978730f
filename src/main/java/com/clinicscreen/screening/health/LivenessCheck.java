package com.clinicscreen.screening.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the process answers: the service holds no state that could go bad, so a restart would
 * not cure anything a failing dependency might cause (it has none).
 */
@Liveness
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("screening");
    }
}
