package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CDS Hooks prefetch (Patient, Conditions, medications, allergies, pregnancy status, latest
 * completed intake) into findings through the code table. Refuted and entered-in-error data is ignored;
 * inactive medications count only as past isotretinoin. What the record cannot tell stays unknown.
 */
public final class RecordReader {

    private static final Set<String> INACTIVE_CLINICAL = Set.of("inactive", "remission", "resolved");
    private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");
    private static final Set<String> CURRENT_MEDICATION = Set.of("active", "on-hold", "intended", "draft");
    private static final Set<String> PAST_MEDICATION = Set.of("completed", "stopped");

    private final CodeTable table;
    private final QuestionnaireResponseReader intakeReader;
    private final ScreeningService service;

    public RecordReader(CodeTable table, QuestionnaireResponseReader intakeReader, ScreeningService service) {
        this.table = table;
        this.intakeReader = intakeReader;
        this.service = service;
    }

    public RecordFindings read(Map<String, JsonNode> prefetch) {
        Findings.Builder findings = Findings.builder();
        Set<String> answered = new HashSet<>();
        List<String> intakeProblems = new ArrayList<>();
        var intake = intake(prefetch.get("intake"), intakeProblems);
        if (intake != null) {
            service.findingsOf(intake).all().forEach(findings::add);
        }
        for (JsonNode patient : resources(prefetch.get("patient"))) {
            LocalDate birth = date(patient.path("birthDate").asText(null));
            if (birth != null) {
                findings.add(new Finding(FindingCode.DATE_OF_BIRTH, Certainty.CONFIRMED, birth,
                        List.of(new AnswerRef(reference(patient) + ".birthDate", birth.toString()))));
                answered.add("Q01");
            }
        }
        for (JsonNode condition : resources(prefetch.get("conditions"))) {
            if (INACTIVE_CLINICAL.contains(status(condition, "clinicalStatus"))
                    || NOT_TRUE.contains(status(condition, "verificationStatus"))) {
                continue;
            }
            for (JsonNode coding : condition.path("code").path("coding")) {
                add(findings, table.condition(coding.path("system").asText(), coding.path("code").asText()),
                        condition, coding, null);
            }
        }
        JsonNode medications = prefetch.get("medRequests");
        for (String key : List.of("medRequests", "medStatements")) {
            for (JsonNode medication : resources(prefetch.get(key))) {
                medication(findings, medication, medications);
            }
        }
        for (JsonNode allergy : resources(prefetch.get("allergies"))) {
            if (NOT_TRUE.contains(status(allergy, "verificationStatus"))
                    || INACTIVE_CLINICAL.contains(status(allergy, "clinicalStatus"))) {
                continue;
            }
            for (JsonNode coding : allergy.path("code").path("coding")) {
                add(findings, table.allergy(coding.path("system").asText(), coding.path("code").asText()), allergy,
                        coding, null);
            }
        }
        for (JsonNode observation : resources(prefetch.get("pregnancy"))) {
            if (NOT_TRUE.contains(observation.path("status").asText())) {
                continue;
            }
            for (JsonNode code : observation.path("code").path("coding")) {
                for (JsonNode value : observation.path("valueCodeableConcept").path("coding")) {
                    var matches = table.observation(code.path("system").asText(), code.path("code").asText(),
                            value.path("system").asText(), value.path("code").asText());
                    if (!matches.isEmpty()) {
                        answered.add("Q05");
                        add(findings, matches, observation, value, null);
                    }
                }
            }
            break;
        }
        return new RecordFindings(findings.build(), intake, answered, intakeProblems);
    }

    private void medication(Findings.Builder findings, JsonNode medication, JsonNode bundle) {
        String status = medication.path("status").asText();
        boolean current = CURRENT_MEDICATION.contains(status);
        boolean past = PAST_MEDICATION.contains(status);
        if (!current && !past) {
            return;
        }
        LocalDate ended = date(firstText(medication.path("effectivePeriod").path("end"), medication.path("effectiveDateTime"),
                medication.path("dispenseRequest").path("validityPeriod").path("end"), medication.path("authoredOn")));
        for (JsonNode coding : codings(medication, bundle)) {
            var matches = table.medication(coding.path("system").asText(), coding.path("code").asText());
            for (CodeTable.Match match : matches) {
                if (current) {
                    add(findings, List.of(match), medication, coding, null);
                } else if (match.finding() == FindingCode.ISOTRETINOIN_CURRENT) {
                    // A finished course: the washout counts from its end; without an end date it cannot be computed.
                    add(findings, List.of(new CodeTable.Match(FindingCode.ISOTRETINOIN_PAST,
                            ended == null ? Certainty.UNSURE : Certainty.CONFIRMED, match.label())), medication, coding, ended);
                }
            }
        }
    }

    /** Codings of the medication: inline, or from a contained or bundled Medication resource. */
    private static List<JsonNode> codings(JsonNode medication, JsonNode bundle) {
        List<JsonNode> codings = new ArrayList<>();
        medication.path("medicationCodeableConcept").path("coding").forEach(codings::add);
        String reference = medication.path("medicationReference").path("reference").asText("");
        if (reference.startsWith("#")) {
            for (JsonNode contained : medication.path("contained")) {
                if (("#" + contained.path("id").asText()).equals(reference)) {
                    contained.path("code").path("coding").forEach(codings::add);
                }
            }
        } else if (!reference.isEmpty()) {
            for (JsonNode resource : resources(bundle)) {
                if (reference(resource).equals(reference)) {
                    resource.path("code").path("coding").forEach(codings::add);
                }
            }
        }
        return codings;
    }

    private com.clinicscreen.screening.api.ScreeningRequest intake(JsonNode prefetched, List<String> problems) {
        for (JsonNode response : resources(prefetched)) {
            if (!"completed".equals(response.path("status").asText()) && !"amended".equals(response.path("status").asText())) {
                continue;
            }
            QuestionnaireResponseReader.Result read = intakeReader.read(response, null);
            if (!read.issues().isEmpty()) {
                read.issues().stream().map(OutcomeIssue::message).forEach(problems::add);
                continue;
            }
            // Checked as the API checks an intake: an answer left out is never read as "no".
            var invalid = service.problemsOf(read.request());
            if (invalid.isEmpty()) {
                return read.request();
            }
            invalid.forEach(error -> problems.add(error.field() + " " + error.message()));
        }
        return null;
    }

    private static void add(Findings.Builder findings, List<CodeTable.Match> matches, JsonNode resource, JsonNode coding,
            LocalDate date) {
        for (CodeTable.Match match : matches) {
            if (match.finding() != null) {
                findings.add(new Finding(match.finding(), match.certainty(), date, List.of(new AnswerRef(
                        reference(resource), coding.path("system").asText() + "|" + coding.path("code").asText()
                                + (match.label() == null ? "" : " (" + match.label() + ")")))));
            }
        }
    }

    /** The resources of a prefetch value: none for null, the entries of a Bundle, or the resource itself. */
    static List<JsonNode> resources(JsonNode value) {
        List<JsonNode> resources = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return resources;
        }
        if ("Bundle".equals(value.path("resourceType").asText())) {
            for (JsonNode entry : value.path("entry")) {
                JsonNode resource = entry.path("resource");
                if (resource.isObject() && !"OperationOutcome".equals(resource.path("resourceType").asText())) {
                    resources.add(resource);
                }
            }
        } else if (value.isObject()) {
            resources.add(value);
        }
        return resources;
    }

    static String reference(JsonNode resource) {
        return resource.path("resourceType").asText() + "/" + resource.path("id").asText("?");
    }

    private static String status(JsonNode resource, String field) {
        return resource.path(field).path("coding").path(0).path("code").asText("");
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual()) {
                return node.asText();
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
