package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.FieldError;
import java.util.List;

/** The request cannot be screened; every offending field is listed. Carries no answer values. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
