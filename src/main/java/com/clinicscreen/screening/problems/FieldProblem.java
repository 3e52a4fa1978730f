package com.clinicscreen.screening.problems;

/**
 * What is wrong with one field of a request, in no language yet: the field as the client wrote it
 * (dotted, with [index] for list entries) and the message.
 */
public record FieldProblem(String field, ProblemMessage message) {

    public static FieldProblem of(String field, ProblemKey key, Object... args) {
        return new FieldProblem(field, ProblemMessage.of(key, args));
    }

    public ProblemKey key() {
        return message.key();
    }
}
