package com.clinicscreen.screening.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.TestScreening;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who counts as one browser client, and a proxy setting that would let anyone pass for many. */
class BrowserRateLimiterTest {

    @Test
    void anIpv6ClientIsItsSlash64AndAnIpv4ClientItsAddress() {
        assertEquals(BrowserRateLimiter.client("2001:db8:1:2::1"), BrowserRateLimiter.client("2001:db8:1:2:ffff::9"));
        assertNotEquals(BrowserRateLimiter.client("2001:db8:1:2::1"), BrowserRateLimiter.client("2001:db8:1:3::1"));
        assertEquals("203.0.113.7", BrowserRateLimiter.client("203.0.113.7"));
    }

    @Test
    void addressesInOneSlash64ShareOneAllowance() {
        BrowserRateLimiter limiter = new BrowserRateLimiter(TestScreening.config(Optional.empty()), 8, false,
                Optional.empty());
        for (int i = 0; i < 30; i++) {
            assertTrue(limiter.tryAcquire("2001:db8:1:2::" + Integer.toHexString(i + 1)).isEmpty(), "request " + i);
        }
        assertTrue(limiter.tryAcquire("2001:db8:1:2::abcd").isPresent(), "the /64's 31st request in a minute");
        assertTrue(limiter.tryAcquire("2001:db8:1:3::1").isEmpty(), "another /64 has its own allowance");
    }

    @Test
    void forwardedAddressesWithoutTrustedProxiesStopTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new BrowserRateLimiter(
                TestScreening.config(Optional.empty()), 8, true, Optional.empty()));
        assertTrue(refused.getMessage().contains("PROXY_TRUSTED_ADDRESSES"), refused.getMessage());
        new BrowserRateLimiter(TestScreening.config(Optional.empty()), 8, true, Optional.of(List.of("10.2.0.0/16")));
    }
}
