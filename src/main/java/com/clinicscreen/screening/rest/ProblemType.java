package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.problems.ProblemKey;

/** Stable problem type URIs, one per kind of problem, so callers can act on them. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", ProblemKey.TITLE_INVALID_REQUEST, 400),
    MALFORMED_JSON("malformed-json", ProblemKey.TITLE_MALFORMED_JSON, 400),
    INVALID_PARAMETER("invalid-parameter", ProblemKey.TITLE_INVALID_PARAMETER, 400),
    UNAUTHORIZED("unauthorized", ProblemKey.TITLE_UNAUTHORIZED, 401),
    FORBIDDEN("forbidden", ProblemKey.TITLE_FORBIDDEN, 403),
    NOT_FOUND("not-found", ProblemKey.TITLE_NOT_FOUND, 404),
    METHOD_NOT_ALLOWED("method-not-allowed", ProblemKey.TITLE_METHOD_NOT_ALLOWED, 405),
    NOT_ACCEPTABLE("not-acceptable", ProblemKey.TITLE_NOT_ACCEPTABLE, 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", ProblemKey.TITLE_UNSUPPORTED_MEDIA_TYPE, 415),
    PAYLOAD_TOO_LARGE("payload-too-large", ProblemKey.TITLE_PAYLOAD_TOO_LARGE, 413),
    TOO_MANY_REQUESTS("too-many-requests", ProblemKey.TITLE_TOO_MANY_REQUESTS, 429),
    INTERNAL("internal-error", ProblemKey.TITLE_INTERNAL, 500),
    KEYS_UNAVAILABLE("keys-unavailable", ProblemKey.TITLE_KEYS_UNAVAILABLE, 503);

    public static final String BASE = "https://contraindication-screening.example/problems/";

    private final String slug;
    private final ProblemKey title;
    private final int status;

    ProblemType(String slug, ProblemKey title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The key of the short summary of this kind of problem. */
    public ProblemKey title() {
        return title;
    }

    public int status() {
        return status;
    }
}
