package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import java.util.List;

/** A query parameter has a value the operation does not accept. */
class InvalidParameterException extends RuntimeException {

    private final List<FieldError> errors;

    InvalidParameterException(List<FieldError> errors) {
        super("invalid query parameter", null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
