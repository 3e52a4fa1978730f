package com.clinicscreen.screening.health;

import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.policy.Policy;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with a loaded, valid policy; reports which one. */
@Readiness
public class PolicyReadinessCheck implements HealthCheck {

    private final PolicyProvider provider;

    public PolicyReadinessCheck(PolicyProvider provider) {
        this.provider = provider;
    }

    @Override
    public HealthCheckResponse call() {
        Policy policy = provider.policy();
        return HealthCheckResponse.named("policy")
                .status(policy != null && !policy.treatments().isEmpty())
                .withData("id", policy == null ? "" : policy.id())
                .withData("version", policy == null ? "" : policy.version())
                .withData("sha256", policy == null ? "" : policy.sha256())
                .build();
    }
}
