package com.clinicscreen.screening.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the CDS Hooks services (environment variables CDS_...). */
@ConfigMapping(prefix = "cds")
public interface CdsConfig {

    /** The URL EHRs call this service at (behind a proxy, the public one): links and the JWT audience use it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Whether every CDS service call must carry a JWT from an allow-listed EHR issuer (CDS Hooks security). */
    @WithDefault("true")
    boolean securityEnabled();

    /** Allow-listed EHR issuers, by a name of your choice. */
    Map<String, Issuer> issuers();

    /** Timeout of each FHIR read when a prefetch key was not sent. */
    @WithDefault("PT2S")
    Duration fhirTimeout();

    interface Issuer {

        /** The JWT "iss" of this EHR. */
        String iss();

        /** Its JWK Set over HTTPS. */
        Optional<String> jwksUrl();

        /** Its JWK Set as a local file (a mounted secret). */
        Optional<String> jwksFile();
    }
}
