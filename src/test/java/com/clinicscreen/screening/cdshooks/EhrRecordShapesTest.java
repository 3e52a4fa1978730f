package com.clinicscreen.screening.cdshooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.fhir.QuestionnaireResponses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EHR records as EHRs send them, built with HAPI FHIR's R4 model classes: every medication class and term
 * type, every condition class, every shape of medication reference, code systems by OID, text-only items,
 * unknown statuses, lifelong conditions recorded as resolved, and items the service cannot classify.
 */
@QuarkusTest
class EhrRecordShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IParser FHIR = FhirContext.forR4Cached().newJsonParser();
    private static final String CHART = "microneedling-screening-chart";
    private static final String BOOKING = "microneedling-screening-booking";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String SNOMED = "http://snomed.info/sct";

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // --- every class, every term type --------------------------------------------------------------

    /** One code per medication class and term type in the generated data (the first one listed). */
    static Stream<Arguments> medicationPerClassAndTermType() throws IOException {
        Map<String, String[]> first = new LinkedHashMap<>();
        for (String[] row : rows("terminology/medications.tsv")) {
            for (String cls : row[2].split(",")) {
                first.putIfAbsent(cls + " " + row[1], new String[] {cls, row[1], row[0], row[3]});
            }
        }
        return first.values().stream().map(v -> Arguments.of(v[0], v[1], v[2], v[3]));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("medicationPerClassAndTermType")
    void everyMedicationClassAndTermTypeIsAReasonNamingTheRecordItem(String cls, String tty, String code, String display) {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(concept(RXNORM, code, null));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(statement))));
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("Source: MedicationStatement/m1 " + RXNORM + "|" + code), card.toString());
        assertFalse(detail.contains("Not considered"), card.toString());
    }

    /** One ICD-10-CM range and one SNOMED CT code per condition class that has findings. */
    static Stream<Arguments> conditionPerClass() throws IOException {
        Map<String, String[]> first = new LinkedHashMap<>();
        Map<String, Boolean> hasFindings = new LinkedHashMap<>();
        for (String[] row : rows("terminology/classes.tsv")) {
            hasFindings.put(row[0], !row[1].isEmpty());
        }
        for (String[] row : rows("terminology/conditions.tsv")) {
            for (String cls : row[4].split(",")) {
                // Anaphylaxis matters for injected alternatives only (policy noEffect for every microneedling
                // treatment): its own test below checks the alternatives.
                if (!cls.isEmpty() && hasFindings.get(cls) && "add".equals(row[3]) && !"ANAPHYLAXIS".equals(cls)) {
                    first.putIfAbsent(cls + " " + row[0], new String[] {cls, row[0], row[2]});
                }
            }
        }
        return first.values().stream().map(v -> Arguments.of(v[0], v[1], v[2]));
    }

    /** Some findings matter only for an add-on (a pacemaker for RF): each class is a reason for some bookable treatment. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("conditionPerClass")
    void everyConditionClassIsAReasonNamingTheRecordItem(String cls, String system, String code) {
        Condition condition = condition("c1", "active", "icd10cm".equals(system) ? ICD10CM : SNOMED, code);
        List<String> cards = new ArrayList<>();
        for (String treatment : List.of("MN", "ALT_RFMN", "ALT_PRPMN")) {
            ObjectNode booking = call("appointment-book", record(bundle(condition), bundle()));
            ((ObjectNode) booking.get("context")).set("appointments", appointment(CardWriter.TREATMENT_SYSTEM, treatment));
            JsonNode card = card(BOOKING, booking);
            if (card.get("detail").asText().contains("Source: Condition/c1 ")) {
                return;
            }
            cards.add(card.toString());
        }
        throw new AssertionError("no bookable treatment names Condition/c1 as a reason: " + cards);
    }

    @Test
    void anaphylaxisInTheRecordKeepsTheFillerOutOfTheSuggestions() throws IOException {
        List<String> withoutIt = suggestedCodes(bundle(condition("c1", "active", ICD10CM, "L91.0")));
        assertTrue(withoutIt.contains("ALT_FILLER_HA"), "the filler fits these goals: " + withoutIt);
        List<String> withIt = suggestedCodes(bundle(condition("c1", "active", ICD10CM, "L91.0"),
                condition("c2", "resolved", ICD10CM, "T78.2XXA")));
        assertFalse(withIt.contains("ALT_FILLER_HA"), withIt.toString());
    }

    private static List<String> suggestedCodes(Bundle conditions) throws IOException {
        ObjectNode prefetch = record(conditions, bundle());
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate")));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        List<String> codes = new ArrayList<>();
        card.path("suggestions").forEach(s -> s.path("actions").forEach(a -> {
            if (a.has("resource")) {
                codes.add(a.at("/resource/code/coding/0/code").asText());
            }
        }));
        return codes;
    }

    private static ObjectNode intake(Intake intake) throws IOException {
        ObjectNode response = QuestionnaireResponses.from(JSON.readTree(intake.json()));
        response.put("id", "qr1");
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
        bundle.putArray("entry").addObject().set("resource", response);
        return bundle;
    }

    // --- code systems as EHRs write them ----------------------------------------------------------

    @ParameterizedTest(name = "{0}|{1}")
    @CsvSource({
            "urn:oid:2.16.840.1.113883.6.88, 1364445, ANTICOAGULANT_RX",
            "http://www.nlm.nih.gov/research/umls/rxnorm/, 1364445, ANTICOAGULANT_RX",
            "http://www.nlm.nih.gov/research/umls/rxnorm, 2262717, ISOTRETINOIN",
    })
    void rxnormByOidOrWithATrailingSlashIsRead(String system, String code, String reason) {
        MedicationRequest request = request("r1", MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setMedication(concept(system, code, null));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(request))));
        assertTrue(card.get("detail").asText().contains("**" + reason), card.toString());
    }

    @ParameterizedTest(name = "{0}|{1}")
    @CsvSource({
            "urn:oid:2.16.840.1.113883.6.90, D69.3",
            "http://hl7.org/fhir/sid/icd-10, D66",
            "http://hl7.org/fhir/sid/icd-10-cm, D68.00",
    })
    void bleedingDisordersInEveryIcdSpellingAreNotEligible(String system, String code) {
        JsonNode card = card(CHART, call("patient-view", record(bundle(condition("c1", "active", system, code)), bundle())));
        assertEquals("critical", card.get("indicator").asText(), card.toString());
        assertTrue(card.get("detail").asText().contains("**BLEEDING_DISORDER**"), card.toString());
    }

    // --- medication references in every form ------------------------------------------------------

    @Test
    void aMedicationIncludedInTheBundleIsRead() {
        Medication medication = medication("med1", RXNORM, "855332");
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(new Reference("Medication/med1"));
        Bundle statements = bundle(statement);
        statements.addEntry().setResource(medication).getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);
        JsonNode card = card(CHART, call("patient-view", record(bundle(), statements)));
        assertTrue(card.get("detail").asText().contains("MedicationStatement/m1 " + RXNORM + "|855332"), card.toString());
    }

    @Test
    void aMedicationIncludedInTheOtherMedicationBundleIsRead() {
        MedicationRequest request = request("r1", MedicationRequest.MedicationRequestStatus.ACTIVE);
        request.setMedication(new Reference("Medication/med2"));
        ObjectNode prefetch = record(bundle(), bundle());
        prefetch.set("medRequests", json(bundle(request)));
        prefetch.set("medStatements", json(bundle(medication("med2", RXNORM, "197843"))));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertTrue(card.get("summary").asText().startsWith("Microneedling: deferred"), card.toString());
    }

    @Test
    void aContainedMedicationIsRead() {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.addContained(medication("inline", RXNORM, "1232082"));
        statement.setMedication(new Reference("#inline"));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(statement))));
        assertTrue(card.get("detail").asText().contains("rivaroxaban 15 MG Oral Tablet"), card.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"relative, Medication/med7", "absolute, {server}/Medication/med7", "versioned, {server}/Medication/med7/_history/3"})
    void aMedicationNotSentIsReadFromTheFhirServerWithTheToken(String form, String reference) throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/fhir/", exchange -> {
            seen.put(exchange.getRequestURI().toString(), String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = FHIR.encodeResourceToString(medication("med7", RXNORM, "1037045")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fhir.start();
        try {
            String server = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
            MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
            statement.setMedication(new Reference(reference.replace("{server}", server)));
            ObjectNode request = call("patient-view", record(bundle(), bundle(statement)));
            request.put("fhirServer", server);
            request.putObject("fhirAuthorization").put("access_token", "tok-1").put("token_type", "Bearer")
                    .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "cds-service");
            JsonNode card = card(CHART, request);
            assertTrue(card.get("detail").asText().contains("dabigatran etexilate 150 MG Oral Capsule"), card.toString());
            assertEquals(Map.of("/fhir/Medication/med7", "Bearer tok-1"), seen);
        } finally {
            fhir.stop(0);
        }
    }

    @Test
    void aMedicationOnAnotherServerIsNamedAndNeverFetched() {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(new Reference("https://other.example/fhir/Medication/x1").setDisplay("Xarelto"));
        ObjectNode request = call("patient-view", record(bundle(), bundle(statement)));
        request.put("fhirServer", "http://127.0.0.1:9/fhir");
        JsonNode card = card(CHART, request);
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("MedicationStatement/m1: Xarelto [https://other.example/fhir/Medication/x1] - its Medication "
                + "was not sent and could not be read"), card.toString());
        assertTrue(card.get("summary").asText().contains("1 record item not considered"), card.toString());
    }

    // --- the second line: names ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "apixaban 5 mg twice daily; ; ",
            "Warfarina 5 mg; ; ",
            "rivaroxaban 20 MG Oral Tablet; http://hl7.org/fhir/sid/ndc; 50458-580-30",
    })
    void aMedicationWithTextOnlyOrAnUnknownCodeIsMatchedByNameAndGoesToAClinician(String text, String system, String code) {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(system == null ? new CodeableConcept().setText(text) : concept(system, code, text));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(statement))));
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("**ANTICOAGULANT_RX**"), card.toString());
        assertTrue(detail.contains("matched by name"), card.toString());
        assertNotEquals("info", card.get("indicator").asText());
    }

    @Test
    void aMedicationOfUnknownStatusCountsAsPossiblyCurrent() {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.UNKNOWN);
        statement.setMedication(concept(RXNORM, "855332", null));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(statement))));
        assertTrue(card.get("detail").asText().contains("**ANTICOAGULANT_RX**"), card.toString());
    }

    @Test
    void everyAnticoagulantOnRecordIsNamedAndWhatIsUnknownIsListed() {
        MedicationStatement warfarin = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        warfarin.setMedication(concept(RXNORM, "855332", null));
        MedicationStatement rivaroxaban = statement("m2", MedicationStatement.MedicationStatementStatus.ACTIVE);
        rivaroxaban.setMedication(concept(RXNORM, "1232082", null));
        MedicationStatement lisinopril = statement("m3", MedicationStatement.MedicationStatementStatus.ACTIVE);
        lisinopril.setMedication(concept(RXNORM, "314077", "lisinopril 20 MG Oral Tablet"));
        JsonNode card = card(CHART, call("patient-view", record(bundle(), bundle(warfarin, rivaroxaban, lisinopril))));
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("MedicationStatement/m1 " + RXNORM + "|855332"), card.toString());
        assertTrue(detail.contains("MedicationStatement/m2 " + RXNORM + "|1232082"), card.toString());
        assertTrue(detail.contains("- MedicationStatement/m3: lisinopril 20 MG Oral Tablet [" + RXNORM + "|314077] - not in the "
                + "service's terminology"), card.toString());
    }

    // --- pregnancy status --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"82810-3, LA15173-0", "11449-6, LA15173-0"})
    void pregnancyStatusByEitherLoincCodeDefers(String observationCode, String answer) {
        ObjectNode prefetch = record(bundle(), bundle());
        prefetch.set("pregnancy", json(bundle(pregnancy(observationCode, new CodeableConcept(new Coding("http://loinc.org", answer, null))))));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertTrue(card.get("detail").asText().contains("**PREGNANCY**"), card.toString());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"Pregnant, PREGNANCY", "Not pregnant, PREGNANCY_POSSIBLE"})
    void aPregnancyStatusInTextOnlyIsNeverReadAsNotPregnant(String text, String expectedRule) {
        ObjectNode prefetch = record(bundle(), bundle());
        prefetch.set("pregnancy", json(bundle(pregnancy("82810-3", new CodeableConcept().setText(text)))));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        assertTrue(card.get("detail").asText().contains("**" + expectedRule), card.toString());
        assertTrue(card.get("detail").asText().contains("- Q05: "), "the patient is still asked: " + card);
    }

    // --- lifelong conditions -----------------------------------------------------------------------

    @ParameterizedTest(name = "{1} {2} recorded {0}")
    @CsvSource({
            "resolved, http://hl7.org/fhir/sid/icd-10-cm, D66, BLEEDING_DISORDER",
            "inactive, http://hl7.org/fhir/sid/icd-10-cm, D68.0, BLEEDING_DISORDER",
            "resolved, http://hl7.org/fhir/sid/icd-10-cm, L91.0, KELOID",
            "resolved, http://hl7.org/fhir/sid/icd-10-cm, B00.1, HSV",
            "resolved, http://hl7.org/fhir/sid/icd-10-cm, C43.39, SKIN_CANCER_HISTORY_AREA",
            "remission, http://hl7.org/fhir/sid/icd-10-cm, M32.9, AUTOIMMUNE",
            "inactive, http://hl7.org/fhir/sid/icd-10-cm, B20, BLOODBORNE",
    })
    void aLifelongConditionCountsWhateverItsClinicalStatus(String status, String system, String code, String rule) {
        JsonNode card = card(CHART, call("patient-view", record(bundle(condition("c1", status, system, code)), bundle())));
        assertTrue(card.get("detail").asText().contains("**" + rule), card.toString());
    }

    @Test
    void aResolvedPregnancyIsNotAPregnancy() {
        JsonNode card = card(CHART, call("patient-view", record(bundle(condition("c1", "resolved", ICD10CM, "Z34.00")), bundle())));
        assertFalse(card.get("detail").asText().contains("**PREGNANCY"), card.toString());
        assertFalse(card.get("detail").asText().contains("Not considered"), "a resolved item is not listed: " + card);
    }

    @Test
    void anActiveConditionNoListHoldsIsNamed() {
        JsonNode card = card(CHART, call("patient-view", record(bundle(condition("c1", "active", ICD10CM, "J45.909")), bundle())));
        assertTrue(card.get("detail").asText().contains("- Condition/c1: (no text) [" + ICD10CM + "|J45.909]"), card.toString());
    }

    // --- record and intake -------------------------------------------------------------------------

    @Test
    void anAnticoagulantInTheRecordWinsOverANoInTheIntakeAndTheCardNamesBoth() throws IOException {
        MedicationStatement statement = statement("m1", MedicationStatement.MedicationStatementStatus.ACTIVE);
        statement.setMedication(concept(RXNORM, "1364445", null));
        ObjectNode prefetch = record(bundle(), bundle(statement));
        prefetch.set("intake", intake(Intake.healthy().remove("plannedTreatmentDate")));
        JsonNode card = card(CHART, call("patient-view", prefetch));
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("**ANTICOAGULANT_RX**"), card.toString());
        assertTrue(detail.contains("The record shows what the completed intake did not report"), card.toString());
        assertTrue(detail.contains("ANTICOAGULANT in the record: MedicationStatement/m1"), card.toString());
        assertNotEquals("info", card.get("indicator").asText());
    }

    // --- what was booked, in the caller's language -------------------------------------------------

    @Test
    void theBookedTreatmentIsScreenedAndAnUnknownServiceIsNamed() {
        ObjectNode booking = call("appointment-book", record(bundle(), bundle()));
        ((ObjectNode) booking.get("context")).set("appointments", appointment(CardWriter.TREATMENT_SYSTEM, "ALT_RFMN"));
        assertTrue(card(BOOKING, booking).get("summary").asText().startsWith("RF microneedling"),
                card(BOOKING, booking).toString());
        ObjectNode other = call("appointment-book", record(bundle(), bundle()));
        ((ObjectNode) other.get("context")).set("appointments", appointment("http://clinic.example/services", "FACIAL-7"));
        JsonNode card = card(BOOKING, other);
        assertTrue(card.get("summary").asText().startsWith("Microneedling"), card.toString());
        assertTrue(card.get("detail").asText().contains("The booked service http://clinic.example/services|FACIAL-7 is not a "
                + "treatment this service screens"), card.toString());
    }

    @Test
    void theCardSpeaksTheLanguageTheEhrAsksFor() {
        JsonNode card = card(CHART, call("patient-view", record(bundle(condition("c1", "active", ICD10CM, "D66")), bundle())), "es");
        assertTrue(card.get("summary").asText().contains(": no apto"), card.toString());
        assertTrue(card.get("detail").asText().contains("Motivos:"), card.toString());
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = EhrRecordShapesTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    private static JsonNode card(String serviceId, JsonNode request) {
        return card(serviceId, request, "en");
    }

    private static JsonNode card(String serviceId, JsonNode request, String language) {
        return CdsCards.single(given().contentType("application/json").header("Accept-Language", language)
                .header("Authorization", "Bearer " + EhrTokens.es384(EhrTokens.claims(serviceId)))
                .body(request.toString()).post("/cds-services/" + serviceId));
    }

    private static ObjectNode call(String hook, ObjectNode prefetch) {
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", hook);
        request.put("hookInstance", "5b8f3f0e-1f4e-4a7e-9d0f-2a1c3b4d5e6f");
        request.putObject("context").put("userId", "Practitioner/dr-1").put("patientId", "p1");
        if (hook.equals("appointment-book")) {
            ((ObjectNode) request.get("context")).set("appointments", appointment(null, null));
        }
        request.set("prefetch", prefetch);
        return request;
    }

    private static JsonNode appointment(String system, String code) {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        ObjectNode appointment = bundle.putArray("entry").addObject().putObject("resource")
                .put("resourceType", "Appointment").put("id", "apt-1").put("status", "proposed");
        if (system != null) {
            appointment.putArray("serviceType").addObject().putArray("coding").addObject().put("system", system).put("code", code);
        }
        return bundle;
    }

    /** A prefetch for patient p1 (born 1990) with these conditions and medication statements, nothing else. */
    private static ObjectNode record(Bundle conditions, Bundle statements) {
        ObjectNode prefetch = JSON.createObjectNode();
        prefetch.set("patient", JSON.createObjectNode().put("resourceType", "Patient").put("id", "p1").put("birthDate", "1990-05-15"));
        prefetch.set("conditions", json(conditions));
        prefetch.set("medRequests", json(bundle()));
        prefetch.set("medStatements", json(statements));
        prefetch.set("allergies", json(bundle()));
        prefetch.putNull("pregnancy");
        prefetch.putNull("intake");
        return prefetch;
    }

    private static JsonNode json(IBaseResource resource) {
        try {
            return JSON.readTree(FHIR.encodeResourceToString(resource));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bundle bundle(org.hl7.fhir.r4.model.Resource... resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (org.hl7.fhir.r4.model.Resource resource : resources) {
            bundle.addEntry().setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private static CodeableConcept concept(String system, String code, String text) {
        CodeableConcept concept = new CodeableConcept(new Coding(system, code, null));
        return text == null ? concept : concept.setText(text);
    }

    private static Condition condition(String id, String clinicalStatus, String system, String code) {
        Condition condition = new Condition();
        condition.setId(id);
        condition.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical",
                clinicalStatus, null)));
        condition.setCode(concept(system, code, null));
        condition.setSubject(new Reference("Patient/p1"));
        return condition;
    }

    private static MedicationStatement statement(String id, MedicationStatement.MedicationStatementStatus status) {
        MedicationStatement statement = new MedicationStatement();
        statement.setId(id);
        statement.setStatus(status);
        statement.setSubject(new Reference("Patient/p1"));
        return statement;
    }

    private static MedicationRequest request(String id, MedicationRequest.MedicationRequestStatus status) {
        MedicationRequest request = new MedicationRequest();
        request.setId(id);
        request.setStatus(status);
        request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        request.setSubject(new Reference("Patient/p1"));
        return request;
    }

    private static Medication medication(String id, String system, String code) {
        Medication medication = new Medication();
        medication.setId(id);
        medication.setCode(concept(system, code, null));
        return medication;
    }

    private static Observation pregnancy(String loinc, CodeableConcept value) {
        Observation observation = new Observation();
        observation.setId("o1");
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
        observation.setValue(value);
        return observation;
    }
}
