package com.clinicscreen.screening.problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text a problem (or an OperationOutcome issue about a request) can say, as a key into the message
 * bundles ({@code messages/problems*.properties}), with the names of its arguments in placeholder order
 * ({@code {0}}, {@code {1}}, ...). A text is chosen by its key, never recognised from another text, so a
 * new message cannot pick up the translation of an older one that happens to start alike. Keys named in
 * a Jakarta constraint's {@code message} take their arguments from the constraint's attributes of the
 * same names.
 */
public enum ProblemKey {

    // Titles, one per kind of problem.
    TITLE_INVALID_REQUEST("problem.invalid-request.title"),
    TITLE_MALFORMED_JSON("problem.malformed-json.title"),
    TITLE_INVALID_PARAMETER("problem.invalid-parameter.title"),
    TITLE_UNAUTHORIZED("problem.unauthorized.title"),
    TITLE_FORBIDDEN("problem.forbidden.title"),
    TITLE_NOT_FOUND("problem.not-found.title"),
    TITLE_METHOD_NOT_ALLOWED("problem.method-not-allowed.title"),
    TITLE_NOT_ACCEPTABLE("problem.not-acceptable.title"),
    TITLE_UNSUPPORTED_MEDIA_TYPE("problem.unsupported-media-type.title"),
    TITLE_PAYLOAD_TOO_LARGE("problem.payload-too-large.title"),
    TITLE_TOO_MANY_REQUESTS("problem.too-many-requests.title"),
    TITLE_INTERNAL("problem.internal-error.title"),
    TITLE_KEYS_UNAVAILABLE("problem.keys-unavailable.title"),

    // Details: what went wrong in this request.
    DETAIL_ANSWERS_INVALID("detail.answers-invalid", "answers"),
    DETAIL_FIELDS_INVALID("detail.fields-invalid", "fields"),
    DETAIL_ANSWERS_AND_FIELDS_INVALID("detail.answers-and-fields-invalid", "answers", "fields"),
    DETAIL_WRONG_TYPE_OR_FORM("detail.wrong-type-or-form"),
    DETAIL_CHECK_QUERY("detail.check-query"),
    DETAIL_SEND_JSON("detail.send-json"),
    DETAIL_NOT_JSON("detail.not-json"),
    DETAIL_NOT_JSON_AT("detail.not-json-at", "line", "column"),
    DETAIL_BAD_ENCODING("detail.bad-encoding"),
    DETAIL_BODY_LARGER_THAN("detail.body-larger-than", "bytes"),
    DETAIL_BODY_GREW_TOO_LARGE("detail.body-grew-too-large"),
    DETAIL_BODY_UNREADABLE("detail.body-unreadable"),
    DETAIL_ROLE_MISSING("detail.role-missing"),
    DETAIL_RETRY_AFTER("detail.retry-after", "seconds"),
    DETAIL_KEYS_NOT_LOADED("detail.keys-not-loaded"),
    DETAIL_FAILURE_LOGGED("detail.failure-logged"),
    DETAIL_NO_QUESTIONNAIRE("detail.no-questionnaire", "id"),

    // What is wrong with one field of the body.
    BODY_REQUIRED("field.body-required"),
    REQUIRED("field.required"),
    NEEDS_AN_ENTRY("field.needs-an-entry"),
    NOT_NULL("field.not-null"),
    LISTED_TWICE("field.listed-twice"),
    TOO_MANY_ENTRIES("field.too-many-entries", "max"),
    TOO_LONG("field.too-long", "max"),
    CATALOG_CODE("field.catalog-code"),
    HBA1C_RANGE("field.hba1c-range"),
    TREATMENT_UNKNOWN("field.treatment-unknown", "requestable"),
    TREATMENT_NOT_REQUESTABLE("field.treatment-not-requestable", "requestable"),
    PLANNED_DATE_RANGE("field.planned-date-range", "earliest", "latest", "horizonDays"),
    DATE_NOT_AFTER("field.date-not-after", "latest", "bound"),
    DATE_NOT_BEFORE("field.date-not-before", "earliest", "bound"),
    UNKNOWN_FIELD("field.unknown"),
    UNKNOWN_FIELD_OUTSIDE_ANSWERS("field.unknown-outside-answers"),
    WRONG_TYPE("field.wrong-type"),
    WRONG_FORM("field.wrong-form"),
    ONE_OF("field.one-of", "values"),
    DATE_FORM("field.date-form"),
    NUMBER("field.number"),
    STRING("field.string"),
    ARRAY("field.array"),
    OBJECT("field.object"),
    INVALID("field.invalid"),
    RXCUI("field.rxcui"),

    // Answer checks: an answer the patient's own medicine list contradicts.
    CHECK_LISTED_MEDICINE("check.listed-medicine", "medicines", "answer"),

    // What is wrong with one query parameter.
    PARAMETER_ONE_OF("parameter.one-of", "values"),
    PARAMETER_ONCE("parameter.once"),
    PARAMETER_NOT_EMPTY("parameter.not-empty"),
    PARAMETER_TRUE_OR_FALSE("parameter.true-or-false"),
    PARAMETER_ALTERNATIVES("parameter.alternatives"),
    PARAMETER_VIEW("parameter.view"),
    PARAMETER_LANGUAGE("parameter.language", "languages"),
    PARAMETER_SEARCH_TEXT("parameter.search-text", "min", "max");

    private static final Map<String, ProblemKey> BY_CODE = new HashMap<>();

    static {
        for (ProblemKey key : values()) {
            BY_CODE.put(key.code, key);
        }
    }

    private final String code;
    private final List<String> arguments;

    ProblemKey(String code, String... arguments) {
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** The key in the bundles; stable. */
    public String code() {
        return code;
    }

    /** What each placeholder stands for, {@code {0}} first. */
    public List<String> arguments() {
        return arguments;
    }

    public static Optional<ProblemKey> forCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
