package com.clinicscreen.screening.cdshooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import com.clinicscreen.screening.fhir.FhirReferee;
import com.clinicscreen.screening.fhir.QuestionnaireResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CDS Hooks 2.0 services: discovery, cards from EHR data, prefetch, errors, feedback and JWT security. */
@QuarkusTest
class CdsHooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHART = "microneedling-screening-chart";
    private static final String BOOKING = "microneedling-screening-booking";
    private static final String ORDER = "microneedling-screening-order";

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void discoveryListsAServicePerHookWithPrefetchTemplates() {
        given().get("/cds-services").then().statusCode(200)
                .body("services.hook", hasItems("appointment-book", "order-sign", "patient-view"))
                .body("services.find { it.hook == 'patient-view' }.prefetch.patient", equalTo("Patient/{{context.patientId}}"))
                .body("services.find { it.hook == 'patient-view' }.prefetch.conditions",
                        equalTo("Condition?patient={{context.patientId}}"))
                .body("services.find { it.hook == 'patient-view' }.prefetch.medStatements",
                        equalTo("MedicationStatement?patient={{context.patientId}}&_include=MedicationStatement:medication"));
    }

    @Test
    void keloidInTheRecordIsCriticalNamingTheConditionAndItsCode() {
        JsonNode card = card(CHART, call("patient-view", record(condition("c1", "http://hl7.org/fhir/sid/icd-10-cm", "L91.0"))));
        assertEquals("critical", card.get("indicator").asText());
        assertTrue(card.get("summary").asText().contains("not eligible"), card.toString());
        assertTrue(card.get("detail").asText().contains("Condition/c1"), card.toString());
        assertTrue(card.get("detail").asText().contains("L91.0"), card.toString());
    }

    @Test
    void recordWithoutAnIntakeIsAtLeastAWarningListingTheQuestionsToAsk() {
        JsonNode card = card(CHART, call("patient-view", record()));
        assertEquals("warning", card.get("indicator").asText());
        assertTrue(card.get("summary").asText().contains("complete the intake"), card.toString());
        assertTrue(card.get("detail").asText().contains("Q17: "), "the keloid question is asked: " + card);
        assertFalse(card.get("detail").asText().contains("- Q01: "), "the record gave the date of birth");
    }

    @Test
    void completedIntakeInTheRecordGivesTheFullDecision() throws IOException {
        ObjectNode prefetch = record();
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate")));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertEquals("info", card.get("indicator").asText(), card.toString());
        assertEquals("Microneedling: eligible", card.get("summary").asText());
    }

    /** A coded Eliquis in the intake's medicine list (Q39) is screened as a blood thinner and named on the card. */
    @Test
    void aCodedMedicineListedInTheIntakeGivesTheBloodThinnerCardNamingIt() throws IOException {
        ObjectNode prefetch = record();
        ObjectNode intake = intake(Intake.healthy().remove("plannedTreatmentDate").set("answers.medicines",
                "[{\"name\":\"Eliquis\",\"rxcui\":\"1364445\"},{\"name\":\"grandma's herbal tea\"},"
                        + "{\"name\":\"loratadine\",\"rxcui\":\"28889\"}]"));
        JsonNode q39 = intake.at("/entry/0/resource/item/2/item/0");
        assertEquals("Q39", q39.path("linkId").asText(), intake.toString());
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm", q39.at("/answer/0/valueCoding/system").asText());
        prefetch.set("intake", intake);
        JsonNode card = card(CHART, call("patient-view", prefetch));
        String detail = card.get("detail").asText();
        assertEquals("warning", card.get("indicator").asText(), card.toString());
        assertTrue(detail.contains("**ANTICOAGULANT_RX**") && detail.contains("answers.medicines[0] Eliquis"), detail);
        assertTrue(detail.contains("answers.medicines[1]: grandma's herbal tea"), "an unrecognised medicine is named: " + detail);
        // Picked from the medicine search, of no concern: recognised as the screening recognises it, so not named.
        assertFalse(detail.contains("loratadine"), detail);
    }

    @Test
    void alternativesBecomeSuggestionsThatReplaceTheProposedAppointment() throws IOException {
        ObjectNode prefetch = record();
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate").set("answers.keloidTendency", "YES")));
        ObjectNode request = call("appointment-book", prefetch);
        ObjectNode appointment = ((ObjectNode) request.get("context")).putObject("appointments");
        appointment.put("resourceType", "Bundle").put("type", "collection").putArray("entry").addObject()
                .putObject("resource").put("resourceType", "Appointment").put("id", "apt-1").put("status", "proposed");
        JsonNode card = card(BOOKING, request);
        assertEquals("critical", card.get("indicator").asText());
        JsonNode suggestion = card.get("suggestions").get(0);
        assertEquals("Appointment/apt-1", suggestion.at("/actions/0/resourceId").asText());
        for (JsonNode each : card.get("suggestions")) {
            for (JsonNode action : each.get("actions")) {
                if (action.has("resource")) {
                    assertEquals(List.of(), FhirReferee.errors(action.get("resource").toString()), "suggested resource is valid FHIR");
                }
            }
        }
    }

    @Test
    void activeIsotretinoinPrescriptionByProductCodeDefers() {
        ObjectNode prefetch = record();
        ObjectNode medication = JSON.createObjectNode().put("resourceType", "MedicationRequest").put("id", "m1")
                .put("status", "active").put("intent", "order");
        medication.putObject("medicationCodeableConcept").putArray("coding").addObject()
                .put("system", "http://www.nlm.nih.gov/research/umls/rxnorm").put("code", "197843");
        prefetch.set("medRequests", bundle(medication));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertEquals("warning", card.get("indicator").asText());
        assertTrue(card.get("summary").asText().startsWith("Microneedling: deferred"), card.toString());
        assertTrue(card.get("detail").asText().contains("ISOTRETINOIN_CURRENT"), card.toString());
        assertTrue(card.get("detail").asText().contains("MedicationRequest/m1"), card.toString());
    }

    @Test
    void anticoagulantPrescribedByProductCodeNeedsAClinician() {
        ObjectNode prefetch = record();
        ObjectNode medication = JSON.createObjectNode().put("resourceType", "MedicationStatement").put("id", "s1")
                .put("status", "active");
        medication.putObject("medicationCodeableConcept").putArray("coding").addObject()
                .put("system", "http://www.nlm.nih.gov/research/umls/rxnorm").put("code", "855332");
        prefetch.set("medStatements", bundle(medication));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertTrue(card.get("detail").asText().contains("**ANTICOAGULANT_RX**"), card.toString());
        assertTrue(card.get("detail").asText().contains("MedicationStatement/s1"), card.toString());
    }

    @Test
    void finishedIsotretinoinCourseDefersUntilSixMonthsAfterItsEnd() {
        ObjectNode prefetch = record();
        ObjectNode medication = JSON.createObjectNode().put("resourceType", "MedicationStatement").put("id", "s2")
                .put("status", "completed");
        medication.putObject("effectivePeriod").put("start", "2026-01-01").put("end", LocalDate.now().minusMonths(1).toString());
        medication.putObject("medicationCodeableConcept").putArray("coding").addObject()
                .put("system", "http://www.nlm.nih.gov/research/umls/rxnorm").put("code", "6064");
        prefetch.set("medStatements", bundle(medication));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertTrue(card.get("detail").asText().contains("**ISOTRETINOIN_RECENT**"), card.toString());
        assertTrue(card.get("summary").asText().contains("deferred until " + LocalDate.now().minusMonths(1).plusMonths(6)),
                card.toString());
    }

    @Test
    void pregnancyObservationInLoincOrSnomedFormDefers() {
        for (String[] answer : List.of(new String[] {"http://loinc.org", "LA15173-0"},
                new String[] {"http://snomed.info/sct", "77386006"})) {
            ObjectNode prefetch = record();
            prefetch.set("pregnancy", bundle(pregnancy(answer[0], answer[1])));
            JsonNode card = card(CHART, call("patient-view", prefetch));
            assertTrue(card.get("detail").asText().contains("**PREGNANCY**"), card.toString());
            assertFalse(card.get("detail").asText().contains("- Q05: "), "the record answered pregnancy");
        }
    }

    @Test
    void factorVLeidenIsAClottingTendencyNotABleedingDisorder() {
        JsonNode card = card(CHART, call("patient-view", record(condition("c3", "http://hl7.org/fhir/sid/icd-10-cm", "D68.51"))));
        assertFalse(card.get("detail").asText().contains("BLEEDING_DISORDER"), card.toString());
        JsonNode haemophilia = card(CHART, call("patient-view", record(condition("c4", "http://hl7.org/fhir/sid/icd-10-cm", "D66"))));
        assertTrue(haemophilia.get("detail").asText().contains("**BLEEDING_DISORDER**"), haemophilia.toString());
    }

    @Test
    void refutedConditionIsIgnored() {
        ObjectNode keloid = condition("c2", "http://snomed.info/sct", "33659008");
        keloid.putObject("verificationStatus").putArray("coding").addObject().put("code", "refuted");
        JsonNode card = card(CHART, call("patient-view", record(keloid)));
        assertFalse(card.get("detail").asText().contains("KELOID"), card.toString());
    }

    @Test
    void missingPrefetchWithoutAFhirServerIs412NamingIt() {
        ObjectNode prefetch = record();
        prefetch.remove("allergies");
        String outcome = post(CHART, call("patient-view", prefetch)).then().statusCode(412)
                .contentType("application/fhir+json").body("issue[0].diagnostics", containsString("allergies"))
                .extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    @Test
    void missingPrefetchIsReadFromTheFhirServerWithTheGivenToken() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/fhir/", exchange -> {
            seen.put(exchange.getRequestURI().toString(), String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answerFhir(exchange, bundle(condition("c9", "http://hl7.org/fhir/sid/icd-10-cm", "D66")));
        });
        fhir.start();
        try {
            ObjectNode prefetch = record();
            prefetch.remove("conditions");
            ObjectNode request = call("patient-view", prefetch);
            request.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
            request.putObject("fhirAuthorization").put("access_token", "abc").put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "cds-service");
            JsonNode card = card(CHART, request);
            assertEquals("critical", card.get("indicator").asText(), "bleeding disorder read from the FHIR server");
            assertEquals("Bearer abc", seen.values().iterator().next());
            assertTrue(seen.keySet().iterator().next().contains("Condition?patient=p1"), seen.toString());
        } finally {
            fhir.stop(0);
        }
    }

    /** The stub FHIR server's answer: one resource, 200, application/fhir+json. */
    private static void answerFhir(HttpExchange exchange, JsonNode resource) throws IOException {
        byte[] body = resource.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Every prefetch key the service declares, for the tests that leave out one at a time. */
    static List<String> prefetchKeys() {
        return List.of("patient", "conditions", "medRequests", "medStatements", "allergies", "pregnancy", "intake");
    }

    @ParameterizedTest(name = "{0} not sent, no fhirServer: 412")
    @MethodSource("prefetchKeys")
    void eachPrefetchKeyMissingWithoutAFhirServerIs412NamingIt(String key) {
        ObjectNode prefetch = record();
        prefetch.remove(key);
        String outcome = post(CHART, call("patient-view", prefetch)).then().statusCode(412)
                .contentType("application/fhir+json").body("issue[0].diagnostics", containsString(key))
                .extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    @ParameterizedTest(name = "{0} not sent: read from the FHIR server, query encoded")
    @MethodSource("prefetchKeys")
    void eachPrefetchKeyMissingIsReadFromTheFhirServerWithItsQueryEncoded(String key) throws IOException {
        List<String> queries = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        HttpServer fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/fhir/", exchange -> {
            queries.add(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery());
            answerFhir(exchange, exchange.getRequestURI().getPath().endsWith("/Patient/p1") ? record().get("patient")
                    : bundle());
        });
        fhir.start();
        try {
            ObjectNode prefetch = record();
            prefetch.remove(key);
            ObjectNode request = call("patient-view", prefetch);
            request.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
            card(CHART, request);
            assertEquals(1, queries.size(), queries.toString());
            if (key.equals("pregnancy")) {
                assertTrue(queries.get(0).contains("code=http%3A%2F%2Floinc.org%7C82810-3"), queries.toString());
            }
            if (key.equals("intake")) {
                assertTrue(queries.get(0).contains("questionnaire=https%3A%2F%2Fcontraindication-screening.example"
                        + "%2Ffhir%2FQuestionnaire%2Fmicroneedling-intake"), queries.toString());
            }
        } finally {
            fhir.stop(0);
        }
    }

    @ParameterizedTest(name = "fhirServer {0}: 400")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"not a url", "ftp://ehr.example/fhir", "http://[::1",
            "https://ehr.example/fhir?x=1", "/relative/fhir"})
    void anInvalidFhirServerIs400(String fhirServer) {
        ObjectNode prefetch = record();
        prefetch.remove("pregnancy");
        ObjectNode request = call("patient-view", prefetch);
        request.put("fhirServer", fhirServer);
        String outcome = post(CHART, request).then().statusCode(400).contentType("application/fhir+json")
                .body("issue[0].diagnostics", containsString("fhirServer")).extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    @Test
    void requiredContextOfEachHookIsChecked() {
        ObjectNode noUser = call("patient-view", record());
        ((ObjectNode) noUser.get("context")).remove("userId");
        post(CHART, noUser).then().statusCode(400).body("issue.diagnostics", hasItems("context.userId is required (a string)"));

        post(BOOKING, call("appointment-book", record())).then().statusCode(400)
                .body("issue[0].diagnostics", containsString("context.appointments"));

        ObjectNode stringOrders = call("order-sign", record());
        ((ObjectNode) stringOrders.get("context")).put("draftOrders", "ServiceRequest/1");
        post(ORDER, stringOrders).then().statusCode(400).body("issue[0].diagnostics", containsString("context.draftOrders"));

        ObjectNode orders = call("order-sign", record());
        ((ObjectNode) orders.get("context")).set("draftOrders", bundle());
        card(ORDER, orders);
    }

    /**
     * HAPI's CDS Hooks model classes (a client nobody here wrote) read the discovery and every kind of card
     * response with unknown properties failing. The one exception is the CDS Hooks 2.0 {@code resourceId}
     * of a delete action, which these classes predate: it is allowed by name, nothing else is.
     */
    @Test
    void hapiCdsHooksModelReadsDiscoveryAndCardsStrictly() throws IOException {
        ObjectMapper hapi = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule().addDeserializer(
                        org.hl7.fhir.instance.model.api.IBaseResource.class,
                        new ca.uhn.fhir.serializer.FhirResourceDeserializer(ca.uhn.fhir.context.FhirContext.forR4Cached())))
                .addMixIn(ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseSuggestionActionJson.class,
                        AllowResourceId.class);
        var services = hapi.readValue(given().get("/cds-services").then().statusCode(200).extract().asString(),
                ca.uhn.hapi.fhir.cdshooks.api.json.CdsServicesJson.class);
        assertEquals(3, services.getServices().size());

        ObjectNode prefetch = record();
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate").set("answers.keloidTendency", "YES")));
        ObjectNode booking = call("appointment-book", prefetch);
        ((ObjectNode) booking.get("context")).putObject("appointments").put("resourceType", "Bundle")
                .put("type", "collection").putArray("entry").addObject().putObject("resource")
                .put("resourceType", "Appointment").put("id", "apt-1").put("status", "proposed");
        ObjectNode order = call("order-sign", record());
        ((ObjectNode) order.get("context")).set("draftOrders", bundle());
        for (Map.Entry<String, ObjectNode> call : Map.of(BOOKING, booking, ORDER, order, CHART,
                call("patient-view", record())).entrySet()) {
            var response = hapi.readValue(post(call.getKey(), call.getValue()).then().statusCode(200).extract().asString(),
                    ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson.class);
            assertFalse(response.getCards().isEmpty(), call.getKey());
            response.getCards().forEach(card -> assertTrue(card.getSummary().length() <= 140));
        }
    }

    /** The one property of CDS Hooks 2.0 actions that HAPI 8.8's model lacks. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"resourceId"})
    abstract static class AllowResourceId {}

    @Test
    void aPatientIdThatIsNotAFhirIdIs400() {
        ObjectNode request = call("patient-view", record());
        ((ObjectNode) request.get("context")).put("patientId", "p1&patient=p2");
        post(CHART, request).then().statusCode(400).body("issue[0].diagnostics", containsString("context.patientId"));
    }

    @Test
    void anIntakeInTheRecordWithAnAnswerLeftOutIsNotReadAsNo() throws IOException {
        ObjectNode prefetch = record();
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate").remove("answers.keloidTendency")));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertFalse("info".equals(card.get("indicator").asText()), "an incomplete intake never makes the patient "
                + "simply eligible: " + card);
    }

    @Test
    void malformedCallIs400WithAnOperationOutcome() {
        String outcome = given().contentType("application/json").header("Authorization", "Bearer " + token(CHART))
                .body("{\"hook\":\"patient-view\"}").post("/cds-services/" + CHART)
                .then().statusCode(400).contentType("application/fhir+json").extract().asString();
        assertEquals(List.of(), FhirReferee.errors(outcome));
    }

    @Test
    void unknownServiceIs404() {
        post("no-such-service", call("patient-view", record())).then().statusCode(404);
    }

    @Test
    void tokensThatAreAcceptedAndRefused() {
        ObjectNode request = call("patient-view", record());
        String url = "/cds-services/" + CHART;
        // accepted
        send(url, request, EhrTokens.es384(EhrTokens.claims(CHART))).then().statusCode(200);
        send(url, request, EhrTokens.rs384(EhrTokens.claims(CHART))).then().statusCode(200);
        JwtClaims sandbox = EhrTokens.claims(CHART);
        sandbox.setIssuer("https://sandbox.cds-hooks.org");
        sandbox.setExpirationTime(EhrTokens.secondsFromNow(300));
        send(url, request, EhrTokens.sandboxShaped(sandbox)).then().statusCode(200);
        // refused, each with a bare 401
        given().contentType("application/json").body(request.toString()).post(url).then().statusCode(401)
                .body(equalTo(""));
        JwtClaims expired = EhrTokens.claims(CHART);
        expired.setIssuedAt(EhrTokens.secondsFromNow(-900));
        expired.setExpirationTime(EhrTokens.secondsFromNow(-600));
        send(url, request, EhrTokens.es384(expired)).then().statusCode(401);
        JwtClaims otherAudience = EhrTokens.claims(CHART);
        otherAudience.setAudience(EhrTokens.BASE + BOOKING);
        send(url, request, EhrTokens.es384(otherAudience)).then().statusCode(401);
        JwtClaims unknownIssuer = EhrTokens.claims(CHART);
        unknownIssuer.setIssuer("https://unknown-ehr.example");
        send(url, request, EhrTokens.es384(unknownIssuer)).then().statusCode(401);
        JwtClaims noJti = EhrTokens.claims(CHART);
        noJti.unsetClaim("jti");
        send(url, request, EhrTokens.es384(noJti)).then().statusCode(401);
        JwtClaims tooLong = EhrTokens.claims(CHART);
        tooLong.setExpirationTimeMinutesInTheFuture(180);
        send(url, request, EhrTokens.es384(tooLong)).then().statusCode(401);
        String replayed = EhrTokens.es384(EhrTokens.claims(CHART));
        send(url, request, replayed).then().statusCode(200);
        send(url, request, replayed).then().statusCode(401);
        String hmac = EhrTokens.sign(EhrTokens.claims(CHART), new HmacKey(new byte[64]), AlgorithmIdentifiers.HMAC_SHA256,
                "ehr-es384");
        send(url, request, hmac).then().statusCode(401);
        String[] parts = EhrTokens.es384(EhrTokens.claims(CHART)).split("\\.");
        String none = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        send(url, request, none).then().statusCode(401);
        String otherKey = EhrTokens.sign(EhrTokens.claims(CHART), EhrTokens.key("jwt/other-private.pem", "RSA"),
                AlgorithmIdentifiers.RSA_USING_SHA384, "ehr-rs384");
        send(url, request, otherKey).then().statusCode(401);
    }

    @Test
    void preflightFromABrowserEhrNeedsNoToken() {
        given().header("Origin", "https://ehr.example").header("Access-Control-Request-Method", "POST")
                .options("/cds-services/" + CHART).then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    @Test
    void feedbackIsCheckedAndCountedOnceWhenSentAgain() {
        String feedback = "{\"feedback\":[{\"card\":\"5b1d8a6e-7c2d-4a9e-9d2f-0f2b7e3c1a11\",\"outcome\":\"overridden\","
                + "\"overrideReason\":{\"reason\":{\"code\":\"clinician-reviewed\",\"system\":\"" + CardWriter.OVERRIDE_SYSTEM
                + "\"}},\"outcomeTimestamp\":\"2026-11-24T10:00:00Z\"}]}";
        String url = "/cds-services/" + CHART + "/feedback";
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").header("Authorization", "Bearer "
                    + EhrTokens.es384(claimsFor(CHART + "/feedback"))).body(feedback).post(url).then().statusCode(200);
        }
        given().contentType("application/json").header("Authorization", "Bearer " + EhrTokens.es384(claimsFor(CHART + "/feedback")))
                .body("{\"feedback\":[{\"card\":\"x\",\"outcome\":\"maybe\"}]}").post(url).then().statusCode(400);
        String metrics = given().accept("text/plain").get("/q/metrics").then().extract().asString();
        assertTrue(metrics.contains("cds_feedback_total{outcome=\"overridden\",service=\"" + CHART + "\"} 1.0")
                || metrics.contains("cds_feedback_total{outcome=\"overridden\",service=\"" + CHART + "\",} 1.0"), metrics);
        assertTrue(metrics.contains("cds_override_reasons_total{reason=\"clinician-reviewed\""), metrics);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static JwtClaims claimsFor(String path) {
        JwtClaims claims = EhrTokens.claims(path);
        return claims;
    }

    private static String token(String serviceId) {
        return EhrTokens.es384(EhrTokens.claims(serviceId));
    }

    private static Response send(String url, JsonNode request, String token) {
        return given().contentType("application/json").header("Authorization", "Bearer " + token)
                .body(request.toString()).post(url);
    }

    private static Response post(String serviceId, JsonNode request) {
        return send("/cds-services/" + serviceId, request, token(serviceId));
    }

    /** The single card of a successful call; every card invariant of the reference is checked on it. */
    private static JsonNode card(String serviceId, JsonNode request) {
        return CdsCards.single(post(serviceId, request));
    }

    private static ObjectNode call(String hook, ObjectNode prefetch) {
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", hook);
        request.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        request.putObject("context").put("userId", "Practitioner/dr-1").put("patientId", "p1");
        request.set("prefetch", prefetch);
        return request;
    }

    /** A full prefetch for patient p1 with the given conditions and nothing else on record. */
    private static ObjectNode record(ObjectNode... conditions) {
        ObjectNode prefetch = JSON.createObjectNode();
        prefetch.set("patient", JSON.createObjectNode().put("resourceType", "Patient").put("id", "p1").put("birthDate", "1990-05-15"));
        prefetch.set("conditions", bundle(conditions));
        prefetch.set("medRequests", bundle());
        prefetch.set("medStatements", bundle());
        prefetch.set("allergies", bundle());
        prefetch.putNull("pregnancy");
        prefetch.putNull("intake");
        return prefetch;
    }

    private static ObjectNode condition(String id, String system, String code) {
        ObjectNode condition = JSON.createObjectNode().put("resourceType", "Condition").put("id", id);
        condition.putObject("clinicalStatus").putArray("coding").addObject()
                .put("system", "http://terminology.hl7.org/CodeSystem/condition-clinical").put("code", "active");
        condition.putObject("code").putArray("coding").addObject().put("system", system).put("code", code);
        condition.putObject("subject").put("reference", "Patient/p1");
        return condition;
    }

    private static ObjectNode pregnancy(String system, String code) {
        ObjectNode observation = JSON.createObjectNode().put("resourceType", "Observation").put("id", "o1").put("status", "final");
        observation.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code", "82810-3");
        observation.putObject("valueCodeableConcept").putArray("coding").addObject().put("system", system).put("code", code);
        return observation;
    }

    private static ObjectNode bundle(ObjectNode... resources) {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
        ArrayNode entries = bundle.putArray("entry");
        for (ObjectNode resource : resources) {
            entries.addObject().set("resource", resource);
        }
        return bundle;
    }

    private static ObjectNode intake(Intake intake) throws IOException {
        ObjectNode response = QuestionnaireResponses.from(JSON.readTree(intake.json()));
        response.put("id", "qr1");
        return bundle(response);
    }
}
