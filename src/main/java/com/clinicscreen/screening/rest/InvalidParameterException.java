package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.problems.FieldProblem;
import java.util.List;

/** A query parameter has a value the operation does not accept. */
class InvalidParameterException extends RuntimeException {

    private final List<FieldProblem> errors;

    InvalidParameterException(List<FieldProblem> errors) {
        super("invalid query parameter", null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
