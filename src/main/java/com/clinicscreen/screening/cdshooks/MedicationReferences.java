package com.clinicscreen.screening.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Medication references of a prefetch's medication entries that neither the entry nor a bundle resolves. */
final class MedicationReferences {

    private MedicationReferences() {}

    static Set<String> unresolved(Map<String, JsonNode> prefetch) {
        Set<String> sent = new HashSet<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (String key : List.of("medRequests", "medStatements")) {
            for (JsonNode resource : RecordReader.resources(prefetch.get(key))) {
                if ("Medication".equals(resource.path("resourceType").asText())) {
                    sent.add(RecordReader.reference(resource));
                }
                String reference = resource.path("medicationReference").path("reference").asText("");
                if (!reference.isEmpty() && !reference.startsWith("#") && !resource.path("medicationCodeableConcept").isObject()) {
                    wanted.add(reference);
                }
            }
        }
        wanted.removeIf(reference -> sent.contains(RecordReader.relativeReference(reference)));
        return wanted;
    }
}
