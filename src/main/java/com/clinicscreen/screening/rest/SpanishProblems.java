package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem details in Spanish: every title, detail and field message the service writes in English has
 * its Spanish form here, matched by pattern (values such as dates and limits are carried over). The
 * patterns are compiled once. A message without a Spanish form is left in English, and a test walks
 * every kind of bad input to keep that from happening.
 */
final class SpanishProblems {

    private static final Map<Pattern, String> TEXTS = new LinkedHashMap<>();

    static {
        // Titles (ProblemType).
        put("The request has invalid or missing answers", "La solicitud tiene respuestas no válidas o que faltan");
        put("The request body is not valid JSON", "El cuerpo de la solicitud no es JSON válido");
        put("A query parameter is invalid", "Un parámetro de consulta no es válido");
        put("A valid bearer token is required", "Se requiere un token de portador válido");
        put("The token does not allow this operation", "El token no permite esta operación");
        put("No such resource", "No existe ese recurso");
        put("Method not allowed on this resource", "Método no permitido en este recurso");
        put("No acceptable representation", "No hay una representación aceptable");
        put("Unsupported content type", "Tipo de contenido no admitido");
        put("The request body is too large", "El cuerpo de la solicitud es demasiado grande");
        put("Too many screenings from this client", "Demasiadas evaluaciones desde este cliente");
        put("Please wait (\\d+) second\\(s\\) before trying again", "Espere $1 segundo(s) antes de volver a intentarlo");
        put("The service failed to process the request", "El servicio no pudo procesar la solicitud");
        put("Tokens cannot be verified yet: the identity provider's keys are not loaded",
                "Aún no se pueden verificar los tokens: no se han cargado las claves del proveedor de identidad");
        // Details.
        put("(\\d+) answer\\(s\\) missing or invalid; nothing was screened",
                "$1 respuesta(s) faltan o no son válidas; no se evaluó nada");
        put("(\\d+) answer\\(s\\) missing or invalid and (\\d+) other field\\(s\\) invalid; nothing was screened",
                "$1 respuesta(s) faltan o no son válidas y $2 campo(s) más no son válidos; no se evaluó nada");
        put("(\\d+) field\\(s\\) invalid; nothing was screened", "$1 campo(s) no son válidos; no se evaluó nada");
        put("Send the body as application/json \\(UTF-8\\)", "Envíe el cuerpo como application/json (UTF-8)");
        put("Check the query parameters", "Revise los parámetros de consulta");
        put("A field has a value of the wrong type or form; nothing was screened",
                "Un campo tiene un valor de tipo o forma incorrectos; no se evaluó nada");
        put("The token lacks the role needed to screen", "El token no tiene el rol necesario para evaluar");
        put("The body is not valid text in a JSON encoding \\(UTF-8\\)",
                "El cuerpo no es texto válido en una codificación JSON (UTF-8)");
        put("The body grew larger than the limit while it was read",
                "El cuerpo superó el límite mientras se leía");
        put("The request body could not be read completely", "No se pudo leer el cuerpo de la solicitud completo");
        put("The failure was logged; the request was not screened",
                "El fallo quedó registrado; la solicitud no se evaluó");
        put("The body could not be parsed as JSON(.*)", "No se pudo interpretar el cuerpo como JSON$1");
        put("No (.+)", "No existe $1");
        // Field messages.
        put("is required", "es obligatorio");
        put("needs at least one entry", "necesita al menos una entrada");
        put("must not be null", "no debe ser nulo");
        put("is listed more than once", "aparece más de una vez");
        put("at most (\\d+) entries are accepted", "se aceptan como máximo $1 entradas");
        put("is longer than (\\d+) characters", "tiene más de $1 caracteres");
        put("must be a catalog code: capital letters, digits and _",
                "debe ser un código del catálogo: letras mayúsculas, dígitos y _");
        put("must be between today \\((.+)\\) and (\\d+) days ahead", "debe estar entre hoy ($1) y $2 días después");
        put("must be between (\\S+) and the evaluation date (\\S+)",
                "debe estar entre $1 y la fecha de evaluación $2");
        put("must be between (\\S+) and (\\S+) \\((\\d+) days from today\\)",
                "debe estar entre $1 y $2 ($3 días a partir de hoy)");
        put("must be between (\\S+) and (\\S+)(.*)", "debe estar entre $1 y $2$3");
        put("must not be after (\\S+) \\((.+)\\)", "no debe ser posterior a $1 ($2)");
        put("must not be before (\\S+) \\((.+)\\)", "no debe ser anterior a $1 ($2)");
        put("must not be before the date of birth", "no debe ser anterior a la fecha de nacimiento");
        put("must not be before (.+)", "no debe ser anterior a $1");
        put("must not be in the past", "no debe estar en el pasado");
        put("is before the first dose date", "es anterior a la fecha de la primera dosis");
        put("unknown treatment; requestable: (.+)", "tratamiento desconocido; se pueden solicitar: $1");
        put("cannot be requested: this intake does not fully screen it, or the clinic does not offer it; "
                + "requestable: (.+)", "no se puede solicitar: este cuestionario no lo evalúa por completo o la "
                + "clínica no lo ofrece; se pueden solicitar: $1");
        put("unknown field here; answers go inside \"answers\"", "campo desconocido aquí; las respuestas van dentro de \"answers\"");
        put("unknown field", "campo desconocido");
        put("has a value of the wrong type", "tiene un valor de tipo incorrecto");
        put("has a value in the wrong form", "tiene un valor con forma incorrecta");
        put("must be one of (\\[.*\\]) \\(lowercase, exactly\\)", "debe ser uno de $1 (en minúsculas, exactamente)");
        put("must be one of (.+)", "debe ser uno de $1");
        put("must be a real calendar date written YYYY-MM-DD", "debe ser una fecha real escrita AAAA-MM-DD");
        put("must be a number", "debe ser un número");
        put("must be a string", "debe ser una cadena de texto");
        put("must be an array", "debe ser una lista");
        put("must be a JSON object", "debe ser un objeto JSON");
        put("must be true or false", "debe ser true o false");
        put("must be auto, always or none", "debe ser auto, always o none");
        put("must be full or patient", "debe ser full o patient");
        put("give it once", "indíquelo una sola vez");
        put("must not be empty", "no debe estar vacío");
        put("unsupported language; use one of (.+)", "idioma no admitido; use uno de $1");
        put("a request body is required", "se requiere un cuerpo de solicitud");
    }

    private SpanishProblems() {}

    private static void put(String english, String spanish) {
        TEXTS.put(Pattern.compile(english), spanish);
    }

    static Problem of(Problem problem) {
        List<FieldError> errors = null;
        if (problem.errors() != null) {
            errors = new ArrayList<>(problem.errors().size());
            for (FieldError error : problem.errors()) {
                errors.add(new FieldError(error.field(), error.pointer(), text(error.message())));
            }
        }
        return new Problem(problem.type(), text(problem.title()), problem.status(), text(problem.detail()),
                problem.instance(), errors);
    }

    /** The Spanish form of an English text, or the text itself when it has none. */
    static String text(String english) {
        if (english == null) {
            return null;
        }
        if (english.contains("; ") && !known(english)) {
            // Several messages about one field, each translated on its own.
            List<String> parts = new ArrayList<>();
            for (String part : english.split("; ")) {
                parts.add(text(part));
            }
            return String.join("; ", parts);
        }
        for (Map.Entry<Pattern, String> entry : TEXTS.entrySet()) {
            Matcher matcher = entry.getKey().matcher(english);
            if (matcher.matches()) {
                return matcher.replaceAll(entry.getValue());
            }
        }
        return english;
    }

    /** Whether a text has a Spanish form (for the test that keeps every message translated). */
    static boolean known(String english) {
        return english == null || TEXTS.keySet().stream().anyMatch(p -> p.matcher(english).matches());
    }
}
