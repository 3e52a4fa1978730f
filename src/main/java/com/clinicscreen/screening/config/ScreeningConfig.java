package com.clinicscreen.screening.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of the screening service (environment variables SCREENING_...). */
@ConfigMapping(prefix = "screening")
public interface ScreeningConfig {

    /** Policy file to screen with; the built-in default policy when absent. */
    Optional<String> policyFile();

    /**
     * Clinic settings applied on top of the policy (reference §7 parameters and toggles, offered
     * treatments, justified overrides); the policy as it is when absent.
     */
    Optional<String> clinicSettings();

    /** Time zone of the clinic: "today" (the evaluation date when no treatment date is given) is taken there. */
    @WithDefault("America/Los_Angeles")
    ZoneId clinicTimeZone();

    /** Treatment screened when a request names none. */
    @WithDefault("MN")
    String defaultTreatment();

    /** How many days ahead a planned treatment date may lie. */
    @WithDefault("730")
    int planningHorizonDays();

    /** Screenings from booking widgets in patients' browsers, without a token. */
    Browser browser();

    interface Browser {

        /**
         * Screenings one client address may request per minute from a browser without a token (the burst is
         * the same number); the partial screenings of a step-by-step form have their own allowance, this
         * number times the questionnaire's sections. 0 turns the limit off. Above it: 429 problem+json with
         * Retry-After.
         */
        @WithDefault("30")
        int requestsPerMinute();

        /** Client addresses tracked at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        long maxClients();
    }
}
