package com.clinicscreen.screening.service;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The decision's headline and plain-language message for the patient, one per status, in English and
 * Spanish. Dates are written out in the patient's language, since a patient reads "December 10, 2026"
 * more surely than an ISO date. Each language is one table of phrases; the sentences are built the same way.
 * A booking date is always said one way ("You can book from ...") and once: in the headline when it has
 * one, else in the message. The treatment is called "this treatment": its name is shown beside the message,
 * and a name set in a sentence reads wrongly capitalised or, in Spanish, nested in parentheses.
 */
final class DecisionMessages {

    /** A headline (a few words) and a message (one to three sentences). */
    record Message(String headline, String message) {}

    /**
     * What the patient needs to know about one decision. {@code untilAfterPregnancy} is set when a pregnancy
     * is one of the things to resolve, with the due date the patient gave ({@code dueDate}) when known;
     * {@code otherConditionsToResolve} when anything else must be resolved too.
     */
    record Situation(DecisionStatus status, LocalDate eligibleFrom, LocalDate notBefore,
            DecisionStatus afterDeferral, boolean untilAfterPregnancy, LocalDate dueDate,
            boolean otherConditionsToResolve, boolean hasBookableAlternatives, String reference) {}

    /** One language's phrases; %2$s is a booking date, %3$s the decision's reference, %4$s a due date. */
    private record Phrases(DateTimeFormatter dates, String eligibleHeadline, String eligible,
            String precautionsHeadline, String precautions, String reviewHeadline, String review,
            String deferredFromHeadline, String deferredFrom, String notNowHeadline, String hasToWait,
            String untilBorn, String untilBornDue, String and, String untilResolved, String bookFrom,
            String thenClinician, String thenAgain, String notEligibleHeadline, String notEligible,
            String talkItThrough, String otherOptions) {}

    private static final Phrases ENGLISH = new Phrases(
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            "You can book this treatment",
            "Nothing in your answers stands in the way: you can book from %2$s. Please follow the preparation steps "
                    + "below.",
            "You can book this treatment, with some precautions",
            "You can book from %2$s. Some of your answers mean the clinic will take extra care: please read the "
                    + "notes and preparation steps below.",
            "A clinician will review your answers first",
            "Before this treatment can be booked, a clinician needs to look at some of your answers. Please contact "
                    + "the clinic to arrange this, quoting reference %3$s.",
            "You can book from %2$s",
            "This treatment has to wait until then; the reasons are below.",
            "Not right now",
            "This treatment has to wait", " until after your baby is born and you have stopped breastfeeding",
            " until after your baby is born (due %4$s) and you have stopped breastfeeding", " and",
            " until what is listed below has been resolved",
            " You can book from %2$s at the earliest.",
            " A clinician will then need to review your answers before it can be booked: please contact the clinic, "
                    + "quoting reference %3$s.",
            " Then please fill in the questionnaire again.",
            "This treatment is not suitable for you",
            "Based on your answers, this treatment is not a safe choice for you.",
            " The clinic is happy to talk it through with you.",
            " The other options below may suit your goals.");

    private static final Phrases SPANISH = new Phrases(
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")),
            "Puede reservar este tratamiento",
            "Nada en sus respuestas lo impide: puede reservar a partir del %2$s. Siga los pasos de preparación "
                    + "indicados abajo.",
            "Puede reservar este tratamiento, con algunas precauciones",
            "Puede reservar a partir del %2$s. Algunas de sus respuestas requieren cuidados adicionales: lea las "
                    + "notas y los pasos de preparación indicados abajo.",
            "Un profesional revisará primero sus respuestas",
            "Antes de reservar este tratamiento, un profesional debe revisar algunas de sus respuestas. Contacte con "
                    + "la clínica para organizarlo e indique la referencia %3$s.",
            "Puede reservar a partir del %2$s",
            "Este tratamiento debe esperar hasta entonces; los motivos se indican abajo.",
            "Ahora no",
            "Este tratamiento debe esperar", " hasta después del nacimiento de su bebé y de que haya dejado de amamantar",
            " hasta después del nacimiento de su bebé (previsto para el %4$s) y de que haya dejado de amamantar", " y",
            " hasta que se resuelva lo que se indica abajo",
            " Puede reservar a partir del %2$s como muy pronto.",
            " Después, un profesional deberá revisar sus respuestas antes de reservarlo: contacte con la clínica e "
                    + "indique la referencia %3$s.",
            " Después, vuelva a completar el cuestionario.",
            "Este tratamiento no es adecuado para usted",
            "Según sus respuestas, este tratamiento no es una opción segura para usted.",
            " La clínica puede comentarlo con usted.",
            " Las otras opciones de abajo pueden ayudarle con sus objetivos.");

    private DecisionMessages() {}

    static Message of(Situation s, Language language) {
        Phrases p = language == Language.ES ? SPANISH : ENGLISH;
        String others = s.hasBookableAlternatives() ? p.otherOptions() : "";
        return switch (s.status()) {
            case ELIGIBLE -> message(p, p.eligibleHeadline(), p.eligible(), s, s.eligibleFrom());
            case ELIGIBLE_WITH_PRECAUTIONS -> message(p, p.precautionsHeadline(), p.precautions(), s, s.eligibleFrom());
            case CLINICIAN_REVIEW -> message(p, p.reviewHeadline(), p.review() + others, s, null);
            case DEFERRED -> s.eligibleFrom() != null
                    ? message(p, p.deferredFromHeadline(), p.deferredFrom() + others, s, s.eligibleFrom())
                    : message(p, p.notNowHeadline(), waitUntil(p, s) + others, s, s.notBefore());
            case NOT_ELIGIBLE -> message(p, p.notEligibleHeadline(), p.notEligible() + others + p.talkItThrough(),
                    s, null);
        };
    }

    /**
     * A deferral without a bookable date: until a birth, a resolution or both, from a date at the earliest,
     * then a clinician or a new intake.
     */
    private static String waitUntil(Phrases p, Situation s) {
        StringBuilder message = new StringBuilder(p.hasToWait());
        if (s.untilAfterPregnancy()) {
            message.append(s.dueDate() == null ? p.untilBorn()
                    : p.untilBornDue().replace("%4$s", p.dates().format(s.dueDate())));
        }
        if (s.otherConditionsToResolve()) {
            message.append(s.untilAfterPregnancy() ? p.and() : "").append(p.untilResolved());
        }
        message.append('.');
        if (s.notBefore() != null) {
            message.append(p.bookFrom());
        }
        message.append(s.afterDeferral() == DecisionStatus.CLINICIAN_REVIEW ? p.thenClinician() : p.thenAgain());
        return message.toString();
    }

    private static Message message(Phrases p, String headline, String message, Situation s, LocalDate date) {
        String written = date == null ? "" : p.dates().format(date);
        return new Message(fill(headline, s, written), fill(message, s, written));
    }

    /** Plain replacement rather than String.format: no format parsing on every request. */
    private static String fill(String template, Situation s, String date) {
        String text = template.replace("%2$s", date);
        return text.indexOf("%3$s") < 0 ? text : text.replace("%3$s", s.reference());
    }
}
