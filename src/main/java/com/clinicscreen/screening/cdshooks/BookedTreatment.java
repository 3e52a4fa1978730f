package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.shipped.JsonTwin;
import com.clinicscreen.screening.terminology.CodeSystem;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which treatment a CDS Hooks call is about (data: ehr/treatment-codes.yaml): the proposed Appointment's
 * serviceType or the draft ServiceRequest's code. Checked against the policy's catalog once at start.
 */
@Startup
// A singleton, not application-scoped: a client proxy would run the loading constructor a second time.
@Singleton
public class BookedTreatment {

    static final String RESOURCE = "ehr/treatment-codes.yaml";

    /** The treatment to screen, and each booked coding that named none the clinic offers. */
    public record Choice(String treatment, List<String> unknownServices) {}

    record Document(Map<String, String> systems, List<Coding> codings) {}

    record Coding(String system, String code, String treatment) {}

    private final Map<String, String> treatments = new HashMap<>();
    private final PolicyProvider policies;

    public BookedTreatment(PolicyProvider policies) {
        this.policies = policies;
        Document doc;
        try {
            doc = JsonTwin.readResource(RESOURCE, Document.class);
            if (doc == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        List<String> problems = new ArrayList<>();
        for (Coding coding : doc.codings()) {
            String system = doc.systems().get(coding.system());
            if (system == null) {
                problems.add(coding.code() + ": unknown system '" + coding.system() + "'");
            } else if (!policies.policy().treatments().containsKey(coding.treatment())) {
                problems.add(coding.code() + ": '" + coding.treatment() + "' is not a treatment of the policy");
            } else {
                treatments.put(key(system, coding.code()), coding.treatment());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The treatment the call's booked service names, else {@code fallback}. */
    public Choice choose(JsonNode request, String hook, String fallback) {
        List<JsonNode> concepts = new ArrayList<>();
        if ("appointment-book".equals(hook)) {
            for (JsonNode appointment : resources(request.at("/context/appointments"))) {
                if ("Appointment".equals(appointment.path("resourceType").asText())) {
                    appointment.path("serviceType").forEach(concepts::add);
                }
            }
        } else if ("order-sign".equals(hook) || "order-select".equals(hook)) {
            for (JsonNode order : resources(request.at("/context/draftOrders"))) {
                if ("ServiceRequest".equals(order.path("resourceType").asText())) {
                    concepts.add(order.path("code"));
                }
            }
        }
        List<String> offered = policies.policy().requestableCodes();
        List<String> unknown = new ArrayList<>();
        for (JsonNode concept : concepts) {
            List<String> named = new ArrayList<>();
            for (JsonNode coding : concept.path("coding")) {
                String treatment = treatments.get(key(coding.path("system").asText(""), coding.path("code").asText("")));
                if (treatment != null && offered.contains(treatment)) {
                    return new Choice(treatment, List.of());
                }
                named.add(coding.path("system").asText("?") + "|" + coding.path("code").asText("?"));
            }
            String text = concept.path("text").asText("");
            if (!named.isEmpty() || !text.isEmpty()) {
                unknown.add((text.isEmpty() ? "" : "\"" + text + "\" ") + (named.isEmpty() ? "" : String.join(", ", named)));
            }
        }
        return new Choice(fallback, unknown.stream().map(String::trim).toList());
    }

    private static List<JsonNode> resources(JsonNode node) {
        List<JsonNode> resources = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(resources::add);
        } else {
            node.path("entry").forEach(entry -> resources.add(entry.path("resource")));
        }
        return resources;
    }

    private static String key(String system, String code) {
        CodeSystem known = CodeSystem.of(system);
        return (known.uri() == null ? system.replaceAll("/+$", "") : known.uri()) + "|" + code;
    }
}
