package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.fhir.OutcomeIssue;
import com.clinicscreen.screening.problems.ConstraintMessages;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import com.clinicscreen.screening.problems.ProblemMessage;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.telemetry.DecisionTelemetry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json with the field paths as the client wrote them (under
 * {@code /fhir} and {@code /cds-services}, an OperationOutcome instead). Texts are chosen by message key
 * and rendered here, once the response's language is known: {@code lang} when it is a supported value
 * (even when the problem is about another parameter), else Accept-Language, else English; the language
 * goes out as Content-Language. OperationOutcomes are written in English, the language of the EHR
 * integrations that read them.
 * Messages never echo answer values or Java type names, and nothing of the request is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> ANSWER_FIELDS = Arrays.stream(IntakeAnswers.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final DecisionTelemetry telemetry;
    private final ProblemTexts texts;

    public ProblemMappers(DecisionTelemetry telemetry, ProblemTexts texts) {
        this.telemetry = telemetry;
        this.texts = texts;
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri, HttpHeaders headers) {
        Map<String, List<ProblemMessage>> byField = byField(e.errors());
        long answers = byField.keySet().stream().filter(field -> field.startsWith("answers")).count();
        long others = byField.size() - answers;
        ProblemMessage detail = others == 0 ? ProblemMessage.of(ProblemKey.DETAIL_ANSWERS_INVALID, answers)
                : answers == 0 ? ProblemMessage.of(ProblemKey.DETAIL_FIELDS_INVALID, others)
                : ProblemMessage.of(ProblemKey.DETAIL_ANSWERS_AND_FIELDS_INVALID, answers, others);
        return problem(ProblemType.INVALID_REQUEST, detail, uri, headers, byField);
    }

    /** A field named once, with all that is wrong with it, so a client fixes it in one place. */
    private static Map<String, List<ProblemMessage>> byField(List<FieldProblem> errors) {
        Map<String, List<ProblemMessage>> byField = new LinkedHashMap<>();
        for (FieldProblem error : errors) {
            List<ProblemMessage> messages = byField.computeIfAbsent(error.field(), field -> new ArrayList<>(1));
            if (!messages.contains(error.message())) {
                messages.add(error.message());
            }
        }
        return byField;
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri, HttpHeaders headers) {
        Response problem = problem(ProblemType.TOO_MANY_REQUESTS,
                ProblemMessage.of(ProblemKey.DETAIL_RETRY_AFTER, e.retryAfterSeconds()), uri, headers, null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.INVALID_PARAMETER, ProblemMessage.of(ProblemKey.DETAIL_CHECK_QUERY), uri, headers,
                byField(e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), messageOf(v))).toList();
        return problem(ProblemType.INVALID_PARAMETER, ProblemMessage.of(ProblemKey.DETAIL_CHECK_QUERY), uri, headers,
                byField(errors));
    }

    /** A parameter constraint's keyed message; one of another library's constraints says only "invalid". */
    private static ProblemMessage messageOf(ConstraintViolation<?> violation) {
        try {
            return ConstraintMessages.of(violation);
        } catch (IllegalStateException e) {
            return ProblemMessage.of(ProblemKey.INVALID);
        }
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.INVALID_REQUEST, ProblemMessage.of(ProblemKey.DETAIL_WRONG_TYPE_OR_FORM), uri,
                headers, Map.of(path(e), List.of(describe(e))));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri, headers);
        }
        return malformed(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri, headers);
        }
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri, headers);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (status == 413) {
            type = ProblemType.PAYLOAD_TOO_LARGE;
        } else if (status == 400) {
            type = ProblemType.MALFORMED_JSON;
        } else {
            type = null;
        }
        if (type == null) {
            return internal(e, uri, headers);
        }
        boolean ehr = OperationOutcomeResponses.answersWithOperationOutcome(uri.getPath());
        ProblemMessage detail = e instanceof UnknownResourceException unknown ? unknown.detail()
                : type == ProblemType.UNSUPPORTED_MEDIA_TYPE && !ehr ? ProblemMessage.of(ProblemKey.DETAIL_SEND_JSON)
                : ProblemMessage.of(type.title());
        Response response;
        if (ehr) {
            // FHIR and CDS Hooks clients read errors as OperationOutcomes, never problem+json.
            telemetry.problem(type.name());
            response = OperationOutcomeResponses.of(type.status(), issueCode(type),
                    texts.render(detail, Language.EN) + " (" + uri.getPath() + ")");
        } else {
            response = problem(type, detail, uri, headers, null);
        }
        if (e instanceof NotAllowedException && e.getResponse() != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /** No token, or one that fails verification; the reason is not disclosed to the caller. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response problem = problem(ProblemType.UNAUTHORIZED, ProblemMessage.of(ProblemType.UNAUTHORIZED.title()), uri,
                headers, null);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.FORBIDDEN, ProblemMessage.of(ProblemKey.DETAIL_ROLE_MISSING), uri, headers, null);
    }

    /** Bytes that are not text in the encoding they claim (e.g. invalid UTF-8 or UTF-32). */
    @ServerExceptionMapper
    public Response badEncoding(CharConversionException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.MALFORMED_JSON, ProblemMessage.of(ProblemKey.DETAIL_BAD_ENCODING), uri, headers, null);
    }

    /**
     * The request body could not be read: over the size limit as it streamed in (a chunked body has no
     * Content-Length to check first), or cut off by the client. The client's mistake, never an ERROR.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri, HttpHeaders headers, HttpServerRequest request) {
        if (request.response().ended()) {
            // The HTTP layer has already answered 413 (a chunked body over the limit): count it, add nothing.
            telemetry.problem(ProblemType.PAYLOAD_TOO_LARGE.name());
            return null;
        }
        if ("Request too large".equals(e.getMessage())) {
            return problem(ProblemType.PAYLOAD_TOO_LARGE, ProblemMessage.of(ProblemKey.DETAIL_BODY_GREW_TOO_LARGE), uri,
                    headers, null);
        }
        LOG.debugf("Request body of %s could not be read (%s)", uri.getPath(), e.getClass().getSimpleName());
        return problem(ProblemType.MALFORMED_JSON, ProblemMessage.of(ProblemKey.DETAIL_BODY_UNREADABLE), uri, headers,
                null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        return internal(e, uri, headers);
    }

    private Response internal(Exception e, UriInfo uri, HttpHeaders headers) {
        // Only the exception type: its message may carry request content.
        LOG.errorf("Unexpected %s while handling %s", e.getClass().getName(), uri.getPath());
        return problem(ProblemType.INTERNAL, ProblemMessage.of(ProblemKey.DETAIL_FAILURE_LOGGED), uri, headers, null);
    }

    private Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        ProblemMessage detail = e.getLocation() == null ? ProblemMessage.of(ProblemKey.DETAIL_NOT_JSON)
                : ProblemMessage.of(ProblemKey.DETAIL_NOT_JSON_AT, e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr());
        return problem(ProblemType.MALFORMED_JSON, detail, uri, headers, null);
    }

    private Response problem(ProblemType type, ProblemMessage detail, UriInfo uri, HttpHeaders headers,
            Map<String, List<ProblemMessage>> errors) {
        telemetry.problem(type.name());
        if (OperationOutcomeResponses.answersWithOperationOutcome(uri.getPath())) {
            // FHIR and CDS Hooks clients read errors as OperationOutcomes, never problem+json.
            List<OutcomeIssue> issues = new ArrayList<>();
            if (errors != null) {
                errors.forEach((field, messages) -> issues.add(new OutcomeIssue("value", null,
                        field + ": " + joined(messages, Language.EN))));
            }
            return OperationOutcomeResponses.of(type.status(), issues.isEmpty()
                    ? List.of(new OutcomeIssue(issueCode(type), null, texts.render(detail, Language.EN))) : issues);
        }
        Language language = LanguageSelector.forProblem(uri.getQueryParameters().get("lang"),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<FieldError> fields = null;
        if (errors != null) {
            fields = new ArrayList<>(errors.size());
            for (Map.Entry<String, List<ProblemMessage>> error : errors.entrySet()) {
                fields.add(FieldError.of(error.getKey(), joined(error.getValue(), language)));
            }
        }
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(new Problem(type.uri(), texts.render(type.title(), language), type.status(),
                        texts.render(detail, language), uri.getPath(), fields)).build();
    }

    /** All that is wrong with one field, in one text. */
    private String joined(List<ProblemMessage> messages, Language language) {
        if (messages.size() == 1) {
            return texts.render(messages.get(0), language);
        }
        StringBuilder text = new StringBuilder();
        for (ProblemMessage message : messages) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(texts.render(message, language));
        }
        return text.toString();
    }

    /** The FHIR issue type (OperationOutcome.issue.code) of a kind of problem. */
    private static String issueCode(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "not-supported";
            case PAYLOAD_TOO_LARGE -> "too-long";
            case MALFORMED_JSON -> "structure";
            case UNAUTHORIZED -> "login";
            case FORBIDDEN -> "forbidden";
            case TOO_MANY_REQUESTS -> "throttled";
            case KEYS_UNAVAILABLE -> "transient";
            case INTERNAL -> "exception";
            case INVALID_REQUEST, INVALID_PARAMETER -> "invalid";
        };
    }

    /** The JSON path of the failure as the client wrote it: names and [indexes]. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemMessage describe(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            // A question's field at the top level: the client left out the "answers" wrapper.
            return ProblemMessage.of(e.getPath().size() == 1 && ANSWER_FIELDS.contains(unknown.getPropertyName())
                    ? ProblemKey.UNKNOWN_FIELD_OUTSIDE_ANSWERS : ProblemKey.UNKNOWN_FIELD);
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return ProblemMessage.of(ProblemKey.WRONG_TYPE);
        }
        if (target.isEnum()) {
            return ProblemMessage.of(ProblemKey.ONE_OF,
                    Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (target == LocalDate.class) {
            return ProblemMessage.of(ProblemKey.DATE_FORM);
        }
        if (Number.class.isAssignableFrom(target)) {
            return ProblemMessage.of(ProblemKey.NUMBER);
        }
        if (target == String.class) {
            return ProblemMessage.of(ProblemKey.STRING);
        }
        if (List.class.isAssignableFrom(target)) {
            return ProblemMessage.of(ProblemKey.ARRAY);
        }
        if (e instanceof InvalidFormatException) {
            return ProblemMessage.of(ProblemKey.WRONG_FORM);
        }
        return ProblemMessage.of(ProblemKey.OBJECT);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
