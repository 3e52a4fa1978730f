package com.clinicscreen.screening.security;

import com.clinicscreen.screening.config.ScreeningConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How many screenings each browser client (by address) may still request: a token bucket per client,
 * refilled evenly over a minute. Clients idle for longer than a full refill are forgotten, since their
 * bucket would be full again anyway.
 */
@ApplicationScoped
public class BrowserRateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets;

    public BrowserRateLimiter(ScreeningConfig config) {
        this.perMinute = config.browser().requestsPerMinute();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.browser().maxClients())
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one screening from the client's allowance: empty when allowed, else the seconds to wait. */
    public OptionalLong tryAcquire(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }
}
