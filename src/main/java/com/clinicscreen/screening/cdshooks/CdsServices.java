package com.clinicscreen.screening.cdshooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CDS Hooks services this service offers, with their prefetch templates (R4 search syntax). */
public final class CdsServices {

    public static final String INTAKE_CANONICAL =
            "https://contraindication-screening.example/fhir/Questionnaire/microneedling-intake";

    /** A CDS service: its id, hook, title, description and prefetch templates. */
    public record Service(String id, String hook, String title, String description, Map<String, String> prefetch) {}

    static final Map<String, String> PREFETCH = prefetch();

    public static final List<Service> ALL = List.of(
            new Service("microneedling-screening-booking", "appointment-book", "Microneedling screening at booking",
                    "Screens the patient for microneedling when an appointment is booked: contraindications from the "
                            + "record and the latest completed intake, alternatives that are safe for this patient.",
                    PREFETCH),
            new Service("microneedling-screening-order", "order-sign", "Microneedling screening at order signing",
                    "Screens the patient for microneedling when a procedure order is signed.", PREFETCH),
            new Service("microneedling-screening-chart", "patient-view", "Microneedling screening in the chart",
                    "Shows whether the patient can have microneedling, and what to ask, when the chart is opened.",
                    PREFETCH));

    private CdsServices() {}

    public static Optional<Service> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Map<String, String> prefetch() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("patient", "Patient/{{context.patientId}}");
        // Every clinical status: a lifelong finding (bleeding disorder, keloid, lupus...) counts when resolved too.
        templates.put("conditions", "Condition?patient={{context.patientId}}");
        templates.put("medRequests", "MedicationRequest?patient={{context.patientId}}&_include=MedicationRequest:medication");
        templates.put("medStatements",
                "MedicationStatement?patient={{context.patientId}}&_include=MedicationStatement:medication");
        templates.put("allergies", "AllergyIntolerance?patient={{context.patientId}}&clinical-status=active");
        templates.put("pregnancy",
                "Observation?patient={{context.patientId}}&code=http://loinc.org|82810-3&_sort=-date&_count=1");
        templates.put("intake", "QuestionnaireResponse?patient={{context.patientId}}&questionnaire=" + INTAKE_CANONICAL
                + "&status=completed&_sort=-authored&_count=1");
        return Collections.unmodifiableMap(templates);
    }
}
