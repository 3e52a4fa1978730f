package com.clinicscreen.screening.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production overlay's access: bearer tokens for servers, and patients' browsers on the booking site
 * without one, three screenings a minute per client. Client addresses come from X-Forwarded-For, trusted
 * from the local "ingress" only, so each test can be its own client.
 */
public class BrowserAccessProfile implements QuarkusTestProfile {

    static final String BOOKING_SITE = "https://booking.clinic.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.auth.permission.screening.policy", BrowserOrScreenerPolicy.NAME,
                "mp.jwt.verify.publickey.location", "jwt/test-public.pem",
                "mp.jwt.verify.issuer", AuthRequiredProfile.ISSUER,
                "mp.jwt.verify.audiences", AuthRequiredProfile.AUDIENCE,
                "quarkus.http.cors.origins", BOOKING_SITE,
                "screening.browser.requests-per-minute", "3",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
}
