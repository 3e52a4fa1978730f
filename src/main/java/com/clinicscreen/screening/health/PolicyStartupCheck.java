package com.clinicscreen.screening.health;

import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the policy and the questionnaire are loaded and checked (both happen at start). */
@Startup
public class PolicyStartupCheck implements HealthCheck {

    private final PolicyProvider policy;
    private final QuestionnaireProvider questionnaire;

    public PolicyStartupCheck(PolicyProvider policy, QuestionnaireProvider questionnaire) {
        this.policy = policy;
        this.questionnaire = questionnaire;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("policy-and-questionnaire-loaded")
                .status(policy.policy() != null && questionnaire.questionnaire() != null)
                .build();
    }
}
