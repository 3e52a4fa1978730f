package com.clinicscreen.screening.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How identity providers' key sets (JWKS over HTTPS) are fetched (environment variables SCREENING_JWKS_...). */
@ConfigMapping(prefix = "screening.jwks")
public interface JwksConfig {

    /** Longest a key-set fetch may take (connect and answer); a request never waits for one. */
    @WithDefault("PT2S")
    Duration timeout();

    /** How often the key set is fetched again in the background while the provider answers. */
    @WithDefault("PT10M")
    Duration refreshInterval();

    /** How often a provider that did not answer is tried again; also the least time between early refreshes. */
    @WithDefault("PT15S")
    Duration retryInterval();
}
