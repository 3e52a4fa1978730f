package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.config.CdsConfig;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.fhir.FhirQuestionnaire;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.service.ScreeningService;
import com.clinicscreen.screening.terminology.Terminology;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Answers one CDS Hooks call: checks the request, completes the prefetch from the EHR's FHIR server when
 * it was not sent, screens the record with the same engine and policy as the JSON API, and writes the
 * cards. What the record cannot tell is never read as "no".
 */
@ApplicationScoped
public class CdsHookService {

    /** Cards for the EHR, or the HTTP status and the problems of a call that cannot be answered. */
    public record Result(int status, List<OutcomeIssue> issues, ObjectNode cards) {

        static Result error(int status, List<OutcomeIssue> issues) {
            return new Result(status, issues, null);
        }
    }

    private static final java.util.regex.Pattern FHIR_ID = java.util.regex.Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final ScreeningService screening;
    private final RecordReader records;
    private final CardWriter cards;
    private final PrefetchFetcher fetcher;
    private final BookedTreatment bookedTreatment;
    private final String treatment;

    public CdsHookService(ScreeningService screening, CodeTable table, Terminology terminology, BookedTreatment bookedTreatment,
            FhirQuestionnaire questionnaire, QuestionnaireResponseReader intakeReader, CdsConfig cds, ScreeningConfig config,
            ObjectMapper mapper, ProblemTexts texts) {
        this.screening = screening;
        this.bookedTreatment = bookedTreatment;
        this.records = new RecordReader(table, terminology, intakeReader, screening, texts);
        this.cards = new CardWriter(cds.publicBaseUrl().replaceAll("/+$", ""), questionnaire);
        this.fetcher = new PrefetchFetcher(cds.fhirTimeout(), mapper);
        this.treatment = config.defaultTreatment();
    }

    /** Answers a call; the cards are written in {@code language}. */
    public CompletionStage<Result> handle(CdsServices.Service service, JsonNode request, Language language) {
        List<OutcomeIssue> issues = checkRequest(request, service.hook());
        if (!issues.isEmpty()) {
            return CompletableFuture.completedFuture(Result.error(400, issues));
        }
        String patientId = request.at("/context/patientId").asText();
        Map<String, JsonNode> prefetch = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        service.prefetch().forEach((key, template) -> {
            JsonNode sent = request.path("prefetch").get(key);
            if (sent != null) {
                prefetch.put(key, sent);
            } else {
                missing.put(key, template.replace("{{context.patientId}}", patientId));
            }
        });
        CompletableFuture<Map<String, JsonNode>> fetched = missing.isEmpty() || !request.hasNonNull("fhirServer")
                ? CompletableFuture.completedFuture(Map.of())
                : fetcher.fetch(request.get("fhirServer").asText(),
                        request.at("/fhirAuthorization/access_token").asText(null), missing);
        return fetched.thenCompose(more -> {
            prefetch.putAll(more);
            List<String> stillMissing = missing.keySet().stream().filter(k -> !prefetch.containsKey(k)).toList();
            if (!stillMissing.isEmpty()) {
                return CompletableFuture.completedFuture(Result.error(412, List.of(new OutcomeIssue("incomplete", null,
                        "prefetch not sent and not readable from fhirServer: " + String.join(", ", stillMissing)))));
            }
            return medications(request, prefetch).thenApply(medications ->
                    new Result(200, List.of(), screen(service.hook(), request, patientId, prefetch, medications, language)));
        });
    }

    /**
     * The Medication resources that medication entries refer to but the EHR did not send, read from its
     * FHIR server with its token. A reference to another server is not followed (the token is not sent
     * there); what cannot be read is named on the card by the record reader.
     */
    private CompletableFuture<List<JsonNode>> medications(JsonNode request, Map<String, JsonNode> prefetch) {
        if (!request.hasNonNull("fhirServer")) {
            return CompletableFuture.completedFuture(List.of());
        }
        String server = request.get("fhirServer").asText().replaceAll("/+$", "");
        Map<String, String> reads = new LinkedHashMap<>();
        for (String reference : MedicationReferences.unresolved(prefetch)) {
            boolean relative = !reference.contains("://");
            if (relative || reference.startsWith(server + "/")) {
                String path = RecordReader.relativeReference(reference);
                if (path.startsWith("Medication/") && FHIR_ID.matcher(path.substring("Medication/".length())).matches()) {
                    reads.put(path, path);
                }
            }
        }
        if (reads.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return fetcher.fetch(server, request.at("/fhirAuthorization/access_token").asText(null), reads)
                .thenApply(read -> List.copyOf(read.values()));
    }

    private ObjectNode screen(String hook, JsonNode request, String patientId, Map<String, JsonNode> prefetch,
            List<JsonNode> medications, Language language) {
        RecordFindings record = records.read(prefetch, medications);
        List<TreatmentArea> areas = record.hasIntake() ? record.intake().answers().treatmentAreas()
                : List.of(TreatmentArea.FACE);
        List<Goal> goals = record.hasIntake() ? record.intake().answers().goals() : List.of();
        BookedTreatment.Choice booked = bookedTreatment.choose(request, hook, treatment);
        ScreeningDecision decision = screening.screenFindings(booked.treatment(), record.findings(), areas, goals, language);
        return cards.cards(decision, record, new CardWriter.Context(hook, patientId, proposedAppointment(request), language,
                booked.unknownServices()));
    }

    /** The proposed Appointment of an appointment-book call (a Bundle, or an array in older EHRs). */
    private static String proposedAppointment(JsonNode request) {
        JsonNode appointments = request.at("/context/appointments");
        List<JsonNode> resources = new ArrayList<>();
        if (appointments.isArray()) {
            appointments.forEach(resources::add);
        } else {
            appointments.path("entry").forEach(entry -> resources.add(entry.path("resource")));
        }
        for (JsonNode appointment : resources) {
            if ("Appointment".equals(appointment.path("resourceType").asText()) && appointment.hasNonNull("id")) {
                return appointment.get("id").asText();
            }
        }
        return null;
    }

    /** Everything CDS Hooks 2.0 requires of a call to this hook, each problem naming its field. */
    private static List<OutcomeIssue> checkRequest(JsonNode request, String hook) {
        List<OutcomeIssue> issues = new ArrayList<>();
        if (request == null || !request.isObject()) {
            issues.add(new OutcomeIssue("structure", null, "the body is not a JSON CDS Hooks request"));
            return issues;
        }
        if (!hook.equals(request.path("hook").asText())) {
            issues.add(new OutcomeIssue("invalid", null, "hook must be " + hook));
        }
        if (!request.path("hookInstance").isTextual()) {
            issues.add(new OutcomeIssue("required", null, "hookInstance is required"));
        }
        JsonNode context = request.path("context");
        if (!context.isObject()) {
            issues.add(new OutcomeIssue("required", null, "context is required (an object)"));
        } else {
            for (String field : List.of("userId", "patientId")) {
                if (!context.path(field).isTextual() || context.path(field).asText().isBlank()) {
                    issues.add(new OutcomeIssue("required", null, "context." + field + " is required (a string)"));
                }
            }
            // A FHIR id, so it cannot change the prefetch queries it is put into.
            if (context.path("patientId").isTextual() && !FHIR_ID.matcher(context.path("patientId").asText()).matches()) {
                issues.add(new OutcomeIssue("value", null, "context.patientId must be a FHIR id ([A-Za-z0-9-.]{1,64})"));
            }
            if (hook.equals("appointment-book") && !isBundle(context.path("appointments"))
                    && !context.path("appointments").isArray()) {
                issues.add(new OutcomeIssue("required", null, "context.appointments is required (a Bundle of the "
                        + "proposed Appointments)"));
            }
            if (hook.equals("order-sign") && !isBundle(context.path("draftOrders"))) {
                issues.add(new OutcomeIssue("required", null, "context.draftOrders is required (a Bundle of the "
                        + "draft orders)"));
            }
        }
        if (request.has("prefetch") && !request.get("prefetch").isObject()) {
            issues.add(new OutcomeIssue("structure", null, "prefetch must be an object"));
        }
        if (request.has("fhirServer") && !isServerUrl(request.get("fhirServer"))) {
            issues.add(new OutcomeIssue("invalid", null, "fhirServer must be an absolute http(s) URL"));
        }
        if (request.has("fhirAuthorization") && !request.hasNonNull("fhirServer")) {
            issues.add(new OutcomeIssue("required", null, "fhirServer is required with fhirAuthorization"));
        }
        return issues;
    }

    private static boolean isBundle(JsonNode node) {
        return node.isObject() && "Bundle".equals(node.path("resourceType").asText());
    }

    private static boolean isServerUrl(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        try {
            URI uri = new URI(node.asText());
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
