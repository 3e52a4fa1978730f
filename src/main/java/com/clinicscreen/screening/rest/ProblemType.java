package com.clinicscreen.screening.rest;

/** Stable problem type URIs, one per kind of problem, so callers can act on them. */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request has invalid or missing answers", 400),
    MALFORMED_JSON("malformed-json", "The request body is not valid JSON", 400),
    INVALID_PARAMETER("invalid-parameter", "A query parameter is invalid", 400),
    UNAUTHORIZED("unauthorized", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "The token does not allow this operation", 403),
    NOT_FOUND("not-found", "No such resource", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed on this resource", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported content type", 415),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    TOO_MANY_REQUESTS("too-many-requests", "Too many screenings from this client", 429),
    INTERNAL("internal-error", "The service failed to process the request", 500),
    KEYS_UNAVAILABLE("keys-unavailable", "Tokens cannot be verified yet: the identity provider's keys are not loaded",
            503);

    public static final String BASE = "https://contraindication-screening.example/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
