package com.clinicscreen.screening.security;

import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many screenings each browser client may still request: a token bucket per client, refilled evenly
 * over a minute. A client is an IPv4 address or an IPv6 /64 (one household or phone gets a whole /64, so
 * counting single IPv6 addresses would give it unlimited buckets). Clients idle for longer than a full
 * refill are forgotten, since their bucket would be full again anyway. The buckets are this replica's:
 * with N replicas behind the ingress a client gets up to N times the allowance.
 *
 * <p>The allowance counts forms: a step-by-step form also asks the partial screening after each of its steps
 * (at most one per questionnaire section), so those checks have their own bucket, as many per form as the
 * questionnaire has sections. Counted in one bucket, a patient's own form would use most of a small allowance
 * and a second try within the minute would lose its early end or be refused.
 */
@Startup
@ApplicationScoped
public class BrowserRateLimiter {

    private final int perMinute;
    private final int stepsPerForm;
    private final Cache<String, Bucket> buckets;
    private final Cache<String, Bucket> stepBuckets;

    @Inject
    public BrowserRateLimiter(ScreeningConfig config, QuestionnaireProvider questionnaires,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this(config, questionnaires.questionnaire().sections().size(), forwarding, trustedProxies);
    }

    BrowserRateLimiter(ScreeningConfig config, int stepsPerForm, boolean forwarding,
            Optional<List<String>> trustedProxies) {
        this.perMinute = config.browser().requestsPerMinute();
        this.stepsPerForm = stepsPerForm;
        if (perMinute > 0 && forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            // Fail closed: believing X-Forwarded-For from anyone lets one client pass for as many as it likes.
            throw new IllegalStateException("PROXY_ADDRESS_FORWARDING=true needs PROXY_TRUSTED_ADDRESSES (the "
                    + "ingress controller's addresses): otherwise any client could set X-Forwarded-For and escape "
                    + "the per-client limit of browser screenings");
        }
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.browser().maxClients())
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
        this.stepBuckets = Caffeine.newBuilder()
                .maximumSize(config.browser().maxClients())
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    public boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one screening from the client's allowance: empty when allowed, else the seconds to wait. */
    public OptionalLong tryAcquire(String address) {
        return take(buckets, client(address), perMinute);
    }

    /** Takes one step check (a partial screening) from the client's allowance of them. */
    public OptionalLong tryAcquireStep(String address) {
        return take(stepBuckets, client(address), perMinute * stepsPerForm);
    }

    private static OptionalLong take(Cache<String, Bucket> buckets, String client, int perMinute) {
        ConsumptionProbe probe = buckets.get(client, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** The client an address belongs to: the address itself (IPv4), or its /64 (IPv6). */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // An IPv6 literal: parsed without any name lookup.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
