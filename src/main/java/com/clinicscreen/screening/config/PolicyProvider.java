package com.clinicscreen.screening.config;

import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyException;
import com.clinicscreen.screening.policy.PolicyLoader;
import com.clinicscreen.screening.policy.Treatment;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads and checks the policy and the clinic's settings once, at start. A broken file throws here, which
 * stops the service with the problem list instead of letting it screen with a wrong or partial policy.
 */
@Startup
@ApplicationScoped
public class PolicyProvider {

    private static final Logger LOG = Logger.getLogger(PolicyProvider.class);

    private final Policy policy;

    public PolicyProvider(ScreeningConfig config) {
        try {
            this.policy = load(config);
        } catch (PolicyException e) {
            // The reason as the log line's own message (not only nested in the start failure's exception),
            // so an operator reading one line of JSON sees it; the file's bytes are never part of it.
            LOG.error(e.getMessage());
            throw e;
        }
        LOG.infof("Policy %s version %s loaded from %s (sha256 %s)%s: %d treatments, %d rules per treatment decided",
                policy.id(), policy.version(), policy.location(), policy.sha256(),
                policy.clinic() == null ? "" : ", clinic settings of " + policy.clinic().id() + " from "
                        + policy.clinic().location() + " (sha256 " + policy.clinic().sha256() + ")",
                policy.treatments().size(), policy.treatments().values().iterator().next().rules().size()
                        + policy.treatments().values().iterator().next().noEffects().size());
    }

    private static Policy load(ScreeningConfig config) {
        PolicyLoader.Input base = config.policyFile().map(file -> PolicyLoader.Input.file(Path.of(file)))
                .orElseGet(() -> PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE));
        PolicyLoader.Input clinic = config.clinicSettings().map(file -> PolicyLoader.Input.file(Path.of(file)))
                .orElse(null);
        Policy policy = PolicyLoader.load(base, clinic);
        Treatment defaultTreatment = policy.treatments().get(config.defaultTreatment());
        if (defaultTreatment == null || !defaultTreatment.requestable() || !defaultTreatment.offered()) {
            throw new PolicyException(List.of(policy.location() + ": the default treatment '" + config.defaultTreatment()
                    + "' (setting screening.default-treatment) is not one the clinic offers and an intake screens "
                    + "fully; those are " + policy.requestableCodes()));
        }
        return policy;
    }

    public Policy policy() {
        return policy;
    }
}
