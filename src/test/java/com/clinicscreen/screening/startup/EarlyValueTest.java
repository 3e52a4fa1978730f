package com.clinicscreen.screening.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EarlyValueTest {

    private static final Duration PATIENT = Duration.ofSeconds(30);

    @Test
    void startedValueIsTheEarlyThreadsLoadAndIsLoadedOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        EarlyValue<Object> early = new EarlyValue<>("a value", PATIENT, () -> {
            loads.incrementAndGet();
            return new Object();
        });
        early.start();
        Thread thread = new Thread(early::load);
        thread.start();
        Object first = early.get();
        thread.join();
        assertSame(first, early.get());
        assertEquals(1, loads.get());
    }

    @Test
    void callerWaitsForTheEarlyThreadInsteadOfLoadingItself() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        EarlyValue<String> early = new EarlyValue<>("a value", PATIENT, () -> {
            loads.incrementAndGet();
            return "loaded";
        });
        early.start();
        Thread thread = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            early.load();
        });
        thread.start();
        release.countDown();
        assertEquals("loaded", early.get());
        thread.join();
        assertEquals(1, loads.get());
    }

    @Test
    void earlyFailureReachesTheCallerAsTheLoadersOwnException() throws Exception {
        IllegalStateException broken = new IllegalStateException("The policy file is unusable: rule X");
        EarlyValue<Object> early = new EarlyValue<>("a value", PATIENT, () -> {
            throw broken;
        });
        early.start();
        Thread thread = new Thread(early::load);
        thread.start();
        thread.join();
        assertSame(broken, assertThrows(IllegalStateException.class, early::get));
        // Every later caller meets it too: the start can never go on with the value missing.
        assertSame(broken, assertThrows(IllegalStateException.class, early::get));
    }

    @Test
    void stuckEarlyLoadStopsTheCallerNamingWhatDidNotLoad() {
        EarlyValue<Object> early = new EarlyValue<>("the medicine search index", Duration.ofMillis(50), Object::new);
        early.start(); // and never loaded
        IllegalStateException stopped = assertThrows(IllegalStateException.class, early::get);
        assertTrue(stopped.getMessage().startsWith("Loading the medicine search index did not finish within PT0.05S"),
                stopped.getMessage());
    }

    @Test
    void withoutTheEarlyThreadTheCallerLoadsAndAFailureIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        EarlyValue<Integer> early = new EarlyValue<>("a value", PATIENT, () -> {
            if (loads.incrementAndGet() == 1) {
                throw new IllegalArgumentException("first load fails");
            }
            return loads.get();
        });
        assertEquals("first load fails", assertThrows(IllegalArgumentException.class, early::get).getMessage());
        assertEquals(2, early.get());
        assertEquals(2, early.get());
        assertEquals(2, loads.get());
    }
}
