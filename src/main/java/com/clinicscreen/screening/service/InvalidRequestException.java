package com.clinicscreen.screening.service;

import com.clinicscreen.screening.problems.FieldProblem;
import java.util.List;

/** The request cannot be screened; every offending field is listed. Carries no answer values. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidRequestException(List<FieldProblem> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
