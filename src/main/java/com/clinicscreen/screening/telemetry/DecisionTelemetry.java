package com.clinicscreen.screening.telemetry;

import com.clinicscreen.screening.api.AlternativeView;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.policy.Policy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Metrics and the decision log event of every screening. Only codes and the decision's identity are
 * recorded: never an answer, a date of birth or any free text of the patient.
 */
@ApplicationScoped
public class DecisionTelemetry {

    private static final Logger LOG = Logger.getLogger("screening.decision");
    private static final List<String> MDC_KEYS = List.of("decisionId", "policyVersion", "treatment", "status",
            "reasonCodes", "durationMicros");

    private final MeterRegistry registry;
    // Meters by name and tags, so a request looks them up instead of building them again.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    /** A counter's name and tags: built from the policy's own strings, whose hashes are already computed. */
    private record CounterKey(String name, String tag, String value, String treatment) {}

    public DecisionTelemetry(MeterRegistry registry, PolicyProvider policyProvider) {
        this.registry = registry;
        Policy policy = policyProvider.policy();
        Gauge.builder("screening.policy.info", () -> 1)
                .description("The policy in force (value is always 1)")
                .tags("id", policy.id(), "version", policy.version(), "sha256", policy.sha256())
                .register(registry);
    }

    public void record(ScreeningDecision decision, long durationNanos) {
        String treatment = decision.treatment().code();
        timers.computeIfAbsent(treatment, t -> Timer.builder("screening.evaluation")
                .description("Time to validate, screen and write one decision, alternatives included")
                .tag("treatment", t)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(5_000))
                .maximumExpectedValue(Duration.ofMillis(50))
                .register(registry))
                .record(durationNanos, TimeUnit.NANOSECONDS);
        counter("screening.decisions", "Decisions by status", "status", decision.status().name(), treatment).increment();
        for (ReasonView reason : decision.reasons()) {
            counter("screening.reasons", "Reasons given, by rule code", "code", reason.code(), treatment).increment();
        }
        for (AlternativeView alternative : decision.alternatives()) {
            counter("screening.alternatives.suggested", "Alternatives suggested, by treatment", null, null,
                    alternative.code()).increment();
        }
        if (LOG.isDebugEnabled()) {
            log(decision, treatment, durationNanos / 1000);
        }
    }

    /** The decision event: its identity and codes only. */
    private static void log(ScreeningDecision decision, String treatment, long micros) {
        List<String> codes = new ArrayList<>(decision.reasons().size());
        decision.reasons().forEach(reason -> codes.add(reason.code()));
        List<String> alternatives = new ArrayList<>(decision.alternatives().size());
        decision.alternatives().forEach(alternative -> alternatives.add(alternative.code()));
        MDC.put("decisionId", decision.decisionId());
        MDC.put("policyVersion", decision.policy().version());
        MDC.put("treatment", treatment);
        MDC.put("status", decision.status().name());
        MDC.put("reasonCodes", String.join(",", codes));
        MDC.put("durationMicros", Long.toString(micros));
        try {
            LOG.debugf("decision %s policy=%s treatment=%s status=%s reasons=%s alternatives=%s durationMicros=%d",
                    decision.decisionId(), decision.policy().version(), treatment, decision.status(), codes,
                    alternatives, micros);
        } finally {
            MDC_KEYS.forEach(MDC::remove);
        }
    }

    /** Counts refused requests by problem type (no request content). */
    public void problem(String type) {
        counters.computeIfAbsent(new CounterKey("screening.problems", "type", type, null),
                k -> Counter.builder("screening.problems").description("Problem responses by type").tag("type", type)
                        .register(registry)).increment();
    }

    private Counter counter(String name, String description, String tag, String value, String treatment) {
        return counters.computeIfAbsent(new CounterKey(name, tag, value, treatment), key -> {
            Counter.Builder builder = Counter.builder(name).description(description).tag("treatment", treatment);
            return (tag == null ? builder : builder.tag(tag, value)).register(registry);
        });
    }
}
