package com.clinicscreen.screening.config;

import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyException;
import com.clinicscreen.screening.policy.PolicyLoader;
import com.clinicscreen.screening.policy.Treatment;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.inject.Provider;
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

    /** The name of the built-in policy's bean. */
    public static final String BUILT_IN = "built-in-policy";

    private final Policy policy;

    /** {@code builtIn}: the shipped policy without clinic settings, loaded early (startup.BuiltInData). */
    public PolicyProvider(ScreeningConfig config, @Named(BUILT_IN) Provider<Policy> builtIn) {
        try {
            this.policy = load(config, builtIn);
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

    private static Policy load(ScreeningConfig config, Provider<Policy> builtIn) {
        Policy policy = config.policyFile().isEmpty() && config.clinicSettings().isEmpty()
                ? builtIn.get() : loadFiles(config);
        Treatment defaultTreatment = policy.treatments().get(config.defaultTreatment());
        if (defaultTreatment == null || !defaultTreatment.requestable() || !defaultTreatment.offered()) {
            throw new PolicyException(List.of(policy.location() + ": the default treatment '" + config.defaultTreatment()
                    + "' (setting screening.default-treatment) is not one the clinic offers and an intake screens "
                    + "fully; those are " + policy.requestableCodes()));
        }
        return policy;
    }

    private static Policy loadFiles(ScreeningConfig config) {
        PolicyLoader.Input base = config.policyFile().map(file -> PolicyLoader.Input.file(Path.of(file)))
                .orElseGet(() -> PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE));
        PolicyLoader.Input clinic = config.clinicSettings().map(file -> PolicyLoader.Input.file(Path.of(file)))
                .orElse(null);
        return PolicyLoader.load(base, clinic);
    }

    public Policy policy() {
        return policy;
    }
}
