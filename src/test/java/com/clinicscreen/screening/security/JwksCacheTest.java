package com.clinicscreen.screening.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The key set is fetched in the background: keys stay in use through an outage, one WARN per outage and
 * one INFO when the provider answers again, an unknown key asks for an early refresh at most once per
 * retry interval.
 */
class JwksCacheTest {

    private final StubJwksServer provider = new StubJwksServer();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final LogCapture logs = LogCapture.of(JwksCache.class.getName());

    @AfterEach
    void stop() {
        logs.close();
        scheduler.shutdownNow();
        provider.stop();
    }

    @Test
    void keysStayInUseThroughAnOutageWithOneWarningAndOneRecoveryMessage() throws InterruptedException {
        JwksCache cache = cache(Duration.ofMillis(50));
        cache.start();
        await(() -> cache.state().hasKeys());
        assertEquals(1, cache.state().keyCount());

        provider.up(false);
        int before = provider.fetches();
        await(() -> !cache.state().providerUp());
        await(() -> provider.fetches() >= before + 4);
        assertTrue(cache.state().hasKeys(), "the keys loaded before the outage stay in use");
        assertEquals(1, count(Level.WARNING), "one WARN per outage, not per attempt");

        provider.up(true);
        await(() -> cache.state().providerUp());
        assertEquals(1, count(Level.INFO), "one message when the provider answers again");
    }

    @Test
    void anUnknownKeyAsksForOneEarlyRefreshPerRetryInterval() throws InterruptedException {
        JwksCache cache = new JwksCache("test", URI.create(provider.url()), HttpClient.newHttpClient(),
                Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofHours(1), scheduler, Clock.systemUTC());
        cache.start();
        await(() -> cache.state().hasKeys());
        int afterStart = provider.fetches();
        for (int i = 0; i < 16; i++) {
            cache.unknownKey();
        }
        await(() -> provider.fetches() == afterStart + 1);
        Thread.sleep(200);
        assertEquals(afterStart + 1, provider.fetches(), "sixteen unknown keys: one early refresh");
    }

    @Test
    void aProviderThatNeverAnsweredLeavesNoKeysAndSaysSo() throws InterruptedException {
        provider.up(false);
        JwksCache cache = cache(Duration.ofHours(1));
        cache.start();
        await(() -> !cache.state().providerUp());
        assertFalse(cache.state().hasKeys());
        assertEquals("HTTP 503", cache.state().lastProblem());
    }

    /** Refreshed and retried every {@code interval}. */
    private JwksCache cache(Duration interval) {
        return new JwksCache("test", URI.create(provider.url()), HttpClient.newHttpClient(), Duration.ofSeconds(2),
                interval, interval, scheduler, Clock.systemUTC());
    }

    private long count(Level level) {
        return logs.count(level);
    }

    /** Waits for a background fetch (bounded; this checks behaviour, not speed). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached");
    }
}
