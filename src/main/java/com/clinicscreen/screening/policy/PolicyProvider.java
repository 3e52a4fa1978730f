package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.config.ScreeningConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads and checks the policy once, at start. A broken policy throws here, which stops the service
 * with the problem list instead of letting it screen with a wrong or partial policy.
 */
@Startup
@ApplicationScoped
public class PolicyProvider {

    private static final Logger LOG = Logger.getLogger(PolicyProvider.class);

    private final Policy policy;

    public PolicyProvider(ScreeningConfig config) {
        this.policy = config.policyFile()
                .map(file -> PolicyLoader.fromFile(Path.of(file)))
                .orElseGet(() -> PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE));
        if (!policy.treatments().containsKey(config.defaultTreatment())) {
            throw new PolicyException(policy.location(), List.of("the default treatment '"
                    + config.defaultTreatment() + "' (setting screening.default-treatment) is not in the catalog"));
        }
        LOG.infof("Policy %s version %s loaded from %s (sha256 %s): %d treatments, %d rules", policy.id(),
                policy.version(), policy.location(), policy.sha256(), policy.treatments().size(),
                policy.treatments().values().stream().mapToInt(t -> t.rules().size()).sum());
    }

    public Policy policy() {
        return policy;
    }
}
