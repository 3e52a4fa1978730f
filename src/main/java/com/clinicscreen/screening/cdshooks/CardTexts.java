package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import java.util.Map;

/** The words of a CDS Hooks card in each language the service speaks; the decision's own texts come localized. */
record CardTexts(Map<DecisionStatus, String> status, String until, String notBefore, String completeIntakeFirst,
        String intakeIncomplete, String notConsideredOne, String notConsideredMany, String reasons, String source,
        String askBeforeBooking, String disagree, String inRecordNotInIntake, String notConsidered, String noText,
        String notInTerminology, String medicationNotReadable, String intakeUnusable, String bookedUnknown,
        String decisionLine, String consider, String clinicianReview, String removeAppointment, String proposeInstead,
        String overrideReviewed, String overrideOutdated, String overrideConsent, String questionnaireLink) {

    static final CardTexts EN = new CardTexts(
            Map.of(DecisionStatus.NOT_ELIGIBLE, "not eligible", DecisionStatus.DEFERRED, "deferred",
                    DecisionStatus.CLINICIAN_REVIEW, "clinician review needed",
                    DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, "eligible with precautions", DecisionStatus.ELIGIBLE, "eligible"),
            " until ", ", not before ", "complete the intake first (%d questions the record cannot answer)",
            "; intake incomplete", "; 1 record item not considered", "; %d record items not considered", "Reasons:", "Source:",
            "Not in the record - ask before booking, or have the patient complete the intake:",
            "The record shows what the completed intake did not report (the record is used):",
            "%s in the record: %s",
            "Not considered - the service could not classify these record items; review them yourself:", "(no text)",
            "not in the service's terminology", "its Medication was not sent and could not be read",
            "The latest intake could not be used: ",
            "The booked service %s is not a treatment this service screens; screened for %s instead.",
            "Decision %s, policy %s, evaluated for %s.", "Consider %s", " (clinician review)",
            "Remove the proposed %s appointment", "Propose %s instead", "Clinician reviewed - proceed",
            "Record information is outdated", "Patient informed; consent documented", "Intake questionnaire (FHIR)");

    static final CardTexts ES = new CardTexts(
            Map.of(DecisionStatus.NOT_ELIGIBLE, "no apto", DecisionStatus.DEFERRED, "aplazado",
                    DecisionStatus.CLINICIAN_REVIEW, "requiere revisión clínica",
                    DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, "apto con precauciones", DecisionStatus.ELIGIBLE, "apto"),
            " hasta el ", ", no antes del ", "complete primero el cuestionario (%d preguntas que la historia no responde)",
            "; cuestionario incompleto", "; 1 dato de la historia no considerado", "; %d datos de la historia no considerados",
            "Motivos:", "Origen:",
            "No consta en la historia - pregunte antes de reservar o pida al paciente que complete el cuestionario:",
            "La historia muestra lo que el cuestionario completado no indicó (se usa la historia):",
            "%s en la historia: %s",
            "No considerado - el servicio no pudo clasificar estos datos de la historia; revíselos usted:", "(sin texto)",
            "no está en la terminología del servicio", "su Medication no se envió y no se pudo leer",
            "No se pudo usar el último cuestionario: ",
            "El servicio reservado %s no es un tratamiento que este servicio evalúe; se evaluó %s en su lugar.",
            "Decisión %s, política %s, evaluada para %s.", "Considerar %s", " (revisión clínica)",
            "Anular la cita propuesta de %s", "Proponer %s en su lugar", "Revisado por el clínico - continuar",
            "La información de la historia está desactualizada", "Paciente informado; consentimiento documentado",
            "Cuestionario de admisión (FHIR)");

    static CardTexts of(Language language) {
        return language == Language.ES ? ES : EN;
    }
}
