package com.clinicscreen.screening.api;

/**
 * One invalid part of a request: the field as the client wrote it (dotted, with [index] for list
 * elements), the same as a JSON Pointer, and what is wrong.
 */
public record FieldError(String field, String pointer, String message) {

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
