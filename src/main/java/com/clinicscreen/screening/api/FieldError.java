package com.clinicscreen.screening.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid part of a request: the field as the client wrote it (dotted, with [index] for list
 * elements), the same as a JSON Pointer, and what is wrong.
 */
@Schema(description = "One invalid part of a request.")
public record FieldError(
        @Schema(description = "The field as the client wrote it: dotted, with [index] for list entries, e.g. "
                + "answers.proceduresInArea.procedures[0].date.") String field,
        @Schema(description = "The same field as a JSON Pointer (RFC 6901), e.g. /answers/proceduresInArea/procedures/0/date.")
        String pointer,
        @Schema(description = "What is wrong, in the requested language.") String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, toPointer(field), message);
    }

    static String toPointer(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String step : field.replace("[", ".").replace("]", "").split("\\.")) {
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
