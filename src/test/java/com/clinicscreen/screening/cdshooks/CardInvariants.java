package com.clinicscreen.screening.cdshooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The CDS Hooks 2.0 card rules of the EHR integration reference, checked on every card a test produces. */
final class CardInvariants {

    private CardInvariants() {}

    static void check(JsonNode card) {
        assertTrue(card.path("uuid").isTextual(), "uuid");
        assertTrue(card.path("summary").isTextual() && card.get("summary").asText().length() < 140, "summary < 140");
        assertTrue(Set.of("info", "warning", "critical").contains(card.path("indicator").asText()), "indicator");
        assertTrue(card.path("source").path("label").isTextual(), "source.label");
        assertFalse(card.path("detail").asText().contains("<"), "detail is markdown without HTML");
        JsonNode suggestions = card.path("suggestions");
        if (!suggestions.isMissingNode()) {
            assertTrue(card.path("selectionBehavior").isTextual(), "suggestions need selectionBehavior");
            int recommended = 0;
            for (JsonNode suggestion : suggestions) {
                recommended += suggestion.path("isRecommended").asBoolean(false) ? 1 : 0;
                for (JsonNode action : suggestion.path("actions")) {
                    assertTrue(action.path("description").isTextual(), "action description");
                    if (action.path("type").asText().equals("delete")) {
                        assertTrue(action.path("resourceId").isTextual(), "delete uses resourceId");
                    }
                }
            }
            if (card.get("selectionBehavior").asText().equals("at-most-one")) {
                assertTrue(recommended <= 1, "at-most-one: at most one isRecommended");
            }
        }
        for (JsonNode reason : card.path("overrideReasons")) {
            assertTrue(reason.path("display").isTextual(), "override reasons have display");
        }
        for (JsonNode link : card.path("links")) {
            assertTrue(!link.has("appContext") || link.path("type").asText().equals("smart"), "appContext only on smart links");
        }
        noEmptyValues(card);
    }

    /** Absent optional fields are omitted: no null, "", [] or {} anywhere in a card. */
    private static void noEmptyValues(JsonNode node) {
        if (node.isObject()) {
            assertFalse(node.isEmpty(), "empty object in card");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                noEmptyValues(it.next().getValue());
            }
        } else if (node.isArray()) {
            assertFalse(node.isEmpty(), "empty array in card");
            node.forEach(CardInvariants::noEmptyValues);
        } else {
            assertFalse(node.isNull(), "null in card");
            assertFalse(node.isTextual() && node.asText().isEmpty(), "empty string in card");
        }
    }
}
