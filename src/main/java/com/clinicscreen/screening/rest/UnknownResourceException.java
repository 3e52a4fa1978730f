package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.problems.ProblemMessage;
import jakarta.ws.rs.NotFoundException;

/** A 404 that says which resource does not exist, as a message rendered in the caller's language. */
class UnknownResourceException extends NotFoundException {

    private final ProblemMessage detail;

    UnknownResourceException(ProblemMessage detail) {
        super(detail.key().code());
        this.detail = detail;
    }

    ProblemMessage detail() {
        return detail;
    }
}
