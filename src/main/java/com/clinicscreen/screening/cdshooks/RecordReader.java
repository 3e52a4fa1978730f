package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.AnswerRef;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.fhir.QuestionnaireResponseReader;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.service.MedicineListReader;
import com.clinicscreen.screening.service.ScreeningService;
import com.clinicscreen.screening.terminology.ClassFinding;
import com.clinicscreen.screening.terminology.Classification;
import com.clinicscreen.screening.terminology.CodeSystem;
import com.clinicscreen.screening.terminology.NameMatch;
import com.clinicscreen.screening.terminology.Terminology;
import com.clinicscreen.screening.terminology.TerminologyClass;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a CDS Hooks prefetch (Patient, Conditions, medications with their Medication resources,
 * allergies, pregnancy status, latest completed intake) into findings through the generated terminology.
 * Refuted and entered-in-error data is ignored. A condition recorded as inactive or resolved counts only
 * for lifelong findings; a finished medication only as a past isotretinoin course; a medication whose
 * status is unknown as possibly current. A code the terminology does not hold is matched on its names
 * (never more than UNSURE), and an active item that is still not classified is named, never dropped.
 */
public final class RecordReader {

    static final Set<String> LOINC_PREGNANCY_STATUS = Set.of("82810-3", "11449-6");
    private static final Set<String> INACTIVE_CLINICAL = Set.of("inactive", "remission", "resolved");
    private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");
    private static final Set<String> CURRENT_MEDICATION = Set.of("active", "on-hold", "intended", "draft");
    private static final Set<String> PAST_MEDICATION = Set.of("completed", "stopped");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "negative", "never", "denies", "unknown", "unsure");

    private final CodeTable table;
    private final Terminology terminology;
    private final QuestionnaireResponseReader intakeReader;
    private final ScreeningService service;
    private final ProblemTexts texts;
    private final MedicineListReader medicines;

    public RecordReader(CodeTable table, Terminology terminology, QuestionnaireResponseReader intakeReader,
            ScreeningService service, ProblemTexts texts) {
        this.texts = texts;
        this.table = table;
        this.terminology = terminology;
        this.intakeReader = intakeReader;
        this.service = service;
        this.medicines = service.medicineListReader(); // read as the screening reads it
    }

    /** The findings of a record; {@code medications} holds Medication resources read apart from the prefetch. */
    public RecordFindings read(Map<String, JsonNode> prefetch, List<JsonNode> medications) {
        List<Finding> fromRecord = new ArrayList<>();
        List<RecordItem> unclassified = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<String> intakeProblems = new ArrayList<>();
        ScreeningRequest intake = intake(prefetch.get("intake"), intakeProblems);
        if (intake != null) {
            // A medicine the patient listed that the terminology does not know is named, as a record item is.
            for (MedicineListReader.ReadMedicine listed : medicines.read(intake.answers().medicines())) {
                if (!listed.recognised()) {
                    String rxcui = listed.medicine().rxcui();
                    unclassified.add(new RecordItem(listed.field(), listed.medicine().name(),
                            rxcui == null ? "" : CodeSystem.RXNORM.uri() + "|" + rxcui, RecordItem.Why.NOT_IN_TERMINOLOGY));
                }
            }
        }
        for (JsonNode patient : resources(prefetch.get("patient"))) {
            LocalDate birth = date(patient.path("birthDate").asText(null));
            if (birth != null) {
                fromRecord.add(new Finding(FindingCode.DATE_OF_BIRTH, Certainty.CONFIRMED, birth,
                        List.of(new AnswerRef(reference(patient) + ".birthDate", birth.toString()))));
                answered.add("Q01");
            }
        }
        for (JsonNode condition : resources(prefetch.get("conditions"))) {
            condition(condition, fromRecord, unclassified);
        }
        List<JsonNode> known = new ArrayList<>(medications);
        for (String key : List.of("medRequests", "medStatements")) {
            for (JsonNode resource : resources(prefetch.get(key))) {
                if ("Medication".equals(resource.path("resourceType").asText())) {
                    known.add(resource);
                }
            }
        }
        for (String key : List.of("medRequests", "medStatements")) {
            for (JsonNode medication : resources(prefetch.get(key))) {
                String type = medication.path("resourceType").asText();
                if (type.equals("MedicationRequest") || type.equals("MedicationStatement")) {
                    medication(medication, known, fromRecord, unclassified);
                }
            }
        }
        for (JsonNode allergy : resources(prefetch.get("allergies"))) {
            if (NOT_TRUE.contains(status(allergy, "verificationStatus"))
                    || INACTIVE_CLINICAL.contains(status(allergy, "clinicalStatus"))) {
                continue;
            }
            for (JsonNode coding : allergy.path("code").path("coding")) {
                for (CodeTable.Match match : table.allergy(canonical(coding), coding.path("code").asText())) {
                    if (match.finding() != null) {
                        fromRecord.add(new Finding(match.finding(), match.certainty(), null,
                                List.of(ref(allergy, coding, match.label()))));
                    }
                }
            }
        }
        pregnancy(resources(prefetch.get("pregnancy")), fromRecord, answered);

        Findings.Builder findings = Findings.builder();
        Set<FindingCode> inIntake = new HashSet<>();
        if (intake != null) {
            for (Finding finding : service.findingsOf(intake).all()) {
                findings.add(finding);
                inIntake.add(finding.code());
            }
        }
        List<Finding> notInIntake = new ArrayList<>();
        for (Finding finding : merged(fromRecord)) {
            findings.add(finding);
            if (intake != null && finding.code() != FindingCode.DATE_OF_BIRTH && !inIntake.contains(finding.code())) {
                notInIntake.add(finding);
            }
        }
        return new RecordFindings(findings.build(), intake, answered, intakeProblems, unclassified, notInIntake);
    }

    private void condition(JsonNode condition, List<Finding> into, List<RecordItem> unclassified) {
        if (NOT_TRUE.contains(status(condition, "verificationStatus"))) {
            return;
        }
        boolean inactive = INACTIVE_CLINICAL.contains(status(condition, "clinicalStatus"));
        boolean classified = false;
        for (JsonNode coding : condition.path("code").path("coding")) {
            Classification found = terminology.condition(coding.path("system").asText(null), coding.path("code").asText(null));
            if (found == null) {
                continue;
            }
            classified = true;
            for (TerminologyClass each : found.classes()) {
                for (ClassFinding finding : inactive ? each.inactive() : each.active()) {
                    into.add(new Finding(finding.code(), finding.certainty(), null,
                            List.of(ref(condition, coding, label(found, each, inactive)))));
                }
            }
        }
        if (!classified && !inactive) {
            unclassified.add(item(condition, condition.path("code")));
        }
    }

    private void medication(JsonNode medication, List<JsonNode> known, List<Finding> into, List<RecordItem> unclassified) {
        String status = medication.path("status").asText();
        boolean unknownStatus = status.isEmpty() || "unknown".equals(status);
        boolean current = CURRENT_MEDICATION.contains(status) || unknownStatus;
        boolean past = PAST_MEDICATION.contains(status);
        if (!current && !past) {
            return;
        }
        JsonNode concept = medication.path("medicationCodeableConcept");
        String reference = medication.path("medicationReference").path("reference").asText("");
        if (!concept.isObject() && !reference.isEmpty()) {
            concept = resolve(medication, reference, known);
            if (concept == null) {
                if (current) {
                    unclassified.add(new RecordItem(reference(medication),
                            medication.path("medicationReference").path("display").asText(""), reference,
                            RecordItem.Why.MEDICATION_NOT_READABLE));
                }
                return;
            }
        }
        LocalDate ended = date(firstText(medication.path("effectivePeriod").path("end"), medication.path("effectiveDateTime"),
                medication.path("dispenseRequest").path("validityPeriod").path("end"), medication.path("authoredOn")));
        Certainty certainty = unknownStatus ? Certainty.UNSURE : Certainty.CONFIRMED;
        boolean classified = false;
        for (JsonNode coding : concept.path("coding")) {
            Classification found = terminology.medication(coding.path("system").asText(null), coding.path("code").asText(null));
            if (found != null) {
                classified = true;
                for (TerminologyClass each : found.classes()) {
                    add(into, medication, each, certainty, current, ended, ref(medication, coding, label(found, each, false)));
                }
            }
        }
        if (!classified) {
            // The second line: names in the text and displays, never more than UNSURE.
            Set<String> texts = new LinkedHashSet<>();
            texts.add(concept.path("text").asText(""));
            concept.path("coding").forEach(coding -> texts.add(coding.path("display").asText("")));
            for (String text : texts) {
                for (NameMatch match : terminology.medicineNames(text)) {
                    classified = true;
                    for (TerminologyClass each : match.classes()) {
                        add(into, medication, each, Certainty.UNSURE, current, ended, new AnswerRef(reference(medication),
                                "\"" + text + "\" names " + match.name() + " (" + each.label() + ", matched by name)"));
                    }
                }
            }
        }
        if (!classified && current) {
            unclassified.add(item(medication, concept));
        }
    }

    private static void add(List<Finding> into, JsonNode medication, TerminologyClass each, Certainty certainty,
            boolean current, LocalDate ended, AnswerRef ref) {
        for (ClassFinding finding : each.active()) {
            if (current) {
                into.add(new Finding(finding.code(), worse(certainty, finding.certainty()), null, List.of(ref)));
            } else if (finding.code() == FindingCode.ISOTRETINOIN_CURRENT) {
                // A finished course: the washout counts from its end; without an end date it cannot be computed.
                into.add(new Finding(FindingCode.ISOTRETINOIN_PAST, ended == null ? Certainty.UNSURE : certainty, ended,
                        List.of(ref)));
            }
        }
    }

    /** The code of a referenced Medication: contained, in either medication bundle, or read from the FHIR server. */
    private static JsonNode resolve(JsonNode medication, String reference, List<JsonNode> known) {
        if (reference.startsWith("#")) {
            for (JsonNode contained : medication.path("contained")) {
                if (("#" + contained.path("id").asText()).equals(reference)) {
                    return contained.path("code");
                }
            }
            return null;
        }
        String relative = relativeReference(reference);
        for (JsonNode resource : known) {
            if (reference(resource).equals(relative)) {
                return resource.path("code");
            }
        }
        return null;
    }

    /** "Medication/123" from a relative reference, an absolute URL, or one with a version (…/_history/2). */
    static String relativeReference(String reference) {
        String path = reference.replaceFirst("/_history/[^/]+$", "");
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : path;
    }

    private void pregnancy(List<JsonNode> observations, List<Finding> into, Set<String> answered) {
        for (JsonNode observation : observations) {
            if (NOT_TRUE.contains(observation.path("status").asText()) || !isPregnancyStatus(observation)) {
                continue;
            }
            JsonNode value = observation.path("valueCodeableConcept");
            boolean coded = false;
            for (JsonNode coding : value.path("coding")) {
                var matches = table.observation(CodeSystem.LOINC.uri(), "82810-3", canonical(coding), coding.path("code").asText());
                for (CodeTable.Match match : matches) {
                    coded = true;
                    if (match.finding() != null) {
                        into.add(new Finding(match.finding(), match.certainty(), null, List.of(ref(observation, coding, match.label()))));
                    }
                }
            }
            if (coded) {
                answered.add("Q05");
            } else {
                // Text only, or a value the table does not know: never read as "not pregnant".
                String text = firstNonBlank(value.path("text").asText(""), observation.path("valueString").asText(""),
                        value.path("coding").path(0).path("display").asText(""));
                List<String> words = List.of(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"));
                boolean pregnant = (words.contains("pregnant") || words.contains("embarazada"))
                        && words.stream().noneMatch(NEGATIONS::contains);
                into.add(new Finding(pregnant ? FindingCode.PREGNANT : FindingCode.PREGNANCY_POSSIBLE, Certainty.UNSURE, null,
                        List.of(new AnswerRef(reference(observation), "pregnancy status \"" + text + "\" (not coded)"))));
            }
            break;
        }
    }

    private static boolean isPregnancyStatus(JsonNode observation) {
        for (JsonNode coding : observation.path("code").path("coding")) {
            if (CodeSystem.of(coding.path("system").asText(null)) == CodeSystem.LOINC
                    && LOINC_PREGNANCY_STATUS.contains(coding.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    private ScreeningRequest intake(JsonNode prefetched, List<String> problems) {
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
            // In English, as the card's other notes on the record.
            invalid.forEach(error -> problems.add(error.field() + " " + texts.render(error.message(), Language.EN)));
        }
        return null;
    }

    /** One finding per code: the most cautious, naming every record item behind it. */
    private static List<Finding> merged(List<Finding> findings) {
        Map<FindingCode, Findings.Builder> cautious = new EnumMap<>(FindingCode.class);
        Map<FindingCode, Set<AnswerRef>> refs = new EnumMap<>(FindingCode.class);
        for (Finding finding : findings) {
            cautious.computeIfAbsent(finding.code(), k -> Findings.builder()).add(finding);
            refs.computeIfAbsent(finding.code(), k -> new LinkedHashSet<>()).addAll(finding.answers());
        }
        List<Finding> merged = new ArrayList<>();
        cautious.forEach((code, builder) -> {
            Finding chosen = builder.build().get(code).orElseThrow();
            merged.add(new Finding(code, chosen.certainty(), chosen.date(), List.copyOf(refs.get(code))));
        });
        return merged;
    }

    private static String label(Classification found, TerminologyClass each, boolean inactive) {
        String display = found.display() == null || found.display().isEmpty() ? "" : found.display() + ", ";
        return display + each.label() + (inactive ? ", recorded as inactive or resolved" : "");
    }

    private static AnswerRef ref(JsonNode resource, JsonNode coding, String label) {
        return new AnswerRef(reference(resource), coding.path("system").asText() + "|" + coding.path("code").asText()
                + (label == null || label.isEmpty() ? "" : " (" + label + ")"));
    }

    private static RecordItem item(JsonNode resource, JsonNode concept) {
        List<String> codes = new ArrayList<>();
        String display = concept.path("text").asText("");
        for (JsonNode coding : concept.path("coding")) {
            codes.add(coding.path("system").asText("?") + "|" + coding.path("code").asText("?"));
            if (display.isEmpty()) {
                display = coding.path("display").asText("");
            }
        }
        return new RecordItem(reference(resource), display, String.join(", ", codes), RecordItem.Why.NOT_IN_TERMINOLOGY);
    }

    private static String canonical(JsonNode coding) {
        CodeSystem system = CodeSystem.of(coding.path("system").asText(null));
        return system.uri() == null ? coding.path("system").asText() : system.uri();
    }

    private static Certainty worse(Certainty a, Certainty b) {
        return a.ordinal() > b.ordinal() ? a : b;
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

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
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
