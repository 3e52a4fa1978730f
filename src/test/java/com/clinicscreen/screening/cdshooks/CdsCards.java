package com.clinicscreen.screening.cdshooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;

/** Test helper: the single card of a successful CDS Hooks call, with every card invariant of the reference checked. */
final class CdsCards {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CdsCards() {}

    static JsonNode single(Response call) {
        try {
            String body = call.then().statusCode(200).extract().asString();
            JsonNode response = JSON.readTree(body);
            assertEquals(1, response.get("cards").size(), body);
            JsonNode card = response.get("cards").get(0);
            CardInvariants.check(card);
            return card;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
