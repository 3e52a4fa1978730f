package com.clinicscreen.screening.startup;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A value loaded by an early thread once {@link #start() started}, else by its first caller. A load that fails
 * reaches the caller as the very exception the loader threw, so it reads the same as a load on the caller's
 * thread; a load that takes longer than the patience given stops the caller instead of letting it wait forever.
 */
final class EarlyValue<T> {

    private final String what;
    private final Duration patience;
    private final Supplier<T> loader;
    private volatile CompletableFuture<T> value;

    EarlyValue(String what, Duration patience, Supplier<T> loader) {
        this.what = what;
        this.patience = patience;
        this.loader = loader;
    }

    boolean started() {
        return value != null;
    }

    /** From now on, {@link #get()} waits for {@link #load()} (run by the early thread) instead of loading itself. */
    void start() {
        value = new CompletableFuture<>();
    }

    /** On the early thread: a failure is kept for the caller, who rethrows it on its own thread. */
    void load() {
        try {
            value.complete(loader.get());
        } catch (RuntimeException | Error e) {
            value.completeExceptionally(e);
        }
    }

    T get() {
        CompletableFuture<T> future = value;
        if (future == null) {
            synchronized (this) {
                if (value == null) {
                    // Not kept when it throws: the next caller (a test) meets the same exception.
                    value = CompletableFuture.completedFuture(loader.get());
                }
                future = value;
            }
        }
        try {
            return future.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Loading " + what + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Loading " + what + " did not finish within " + patience
                    + "; the start is stopped rather than run without it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading " + what, e);
        }
    }
}
