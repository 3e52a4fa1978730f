package com.clinicscreen.screening.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CDS Hooks feedback: checked, then counted in metrics by outcome and override reason. The same
 * feedback sent again is counted once (a bounded memory of recent feedback keys); nothing else is kept.
 */
@ApplicationScoped
public class FeedbackRecorder {

    private static final int REMEMBERED = 10_000;

    private final MeterRegistry registry;
    private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    public FeedbackRecorder(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the feedback; returns what is wrong with it (nothing is recorded then). */
    public List<String> record(String serviceId, JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode items = body == null ? null : body.get("feedback");
        if (items == null || !items.isArray() || items.isEmpty()) {
            return List.of("feedback must be a non-empty array");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "feedback[" + i + "]";
            if (!item.path("card").isTextual()) {
                problems.add(where + ".card is required");
            }
            String outcome = item.path("outcome").asText("");
            if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
                problems.add(where + ".outcome must be accepted or overridden");
            }
            if (outcome.equals("accepted") && (!item.path("acceptedSuggestions").isArray()
                    || item.path("acceptedSuggestions").isEmpty())) {
                problems.add(where + ".acceptedSuggestions is required when accepted");
            }
            try {
                OffsetDateTime.parse(item.path("outcomeTimestamp").asText(""));
            } catch (DateTimeParseException e) {
                problems.add(where + ".outcomeTimestamp must be a date-time with offset");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (JsonNode item : items) {
            String key = serviceId + "|" + item.get("card").asText() + "|" + item.get("outcome").asText() + "|"
                    + item.get("outcomeTimestamp").asText();
            if (!seen.add(key)) {
                continue;
            }
            Counter.builder("cds.feedback").description("CDS Hooks card feedback by outcome").tag("service", serviceId)
                    .tag("outcome", item.get("outcome").asText()).register(registry).increment();
            String reason = item.at("/overrideReason/reason/code").asText("");
            if (!reason.isEmpty()) {
                Counter.builder("cds.override.reasons").description("Override reasons given for CDS Hooks cards")
                        .tag("reason", reason).register(registry).increment();
            }
        }
        return List.of();
    }
}
