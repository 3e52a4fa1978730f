package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.FieldError;
import com.clinicscreen.screening.api.IntakeAnswers;
import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.fhir.OutcomeIssue;
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
 * {@code /fhir} and {@code /cds-services}, an OperationOutcome instead).
 * Messages never echo answer values or Java type names, and nothing of the request is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Set<String> ANSWER_FIELDS = Arrays.stream(IntakeAnswers.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    private final DecisionTelemetry telemetry;

    public ProblemMappers(DecisionTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        List<FieldError> errors = onePerField(e.errors());
        long answers = errors.stream().filter(error -> error.field().startsWith("answers")).count();
        long others = errors.size() - answers;
        String detail = others == 0 ? answers + " answer(s) missing or invalid; nothing was screened"
                : answers == 0 ? others + " field(s) invalid; nothing was screened"
                : answers + " answer(s) missing or invalid and " + others + " other field(s) invalid; nothing was screened";
        return problem(ProblemType.INVALID_REQUEST, detail, uri, errors);
    }

    /** A field named once, with all that is wrong with it, so a client fixes it in one place. */
    private static List<FieldError> onePerField(List<FieldError> errors) {
        Map<String, FieldError> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.merge(error.field(), error, (first, more) -> first.message().equals(more.message()) ? first
                    : new FieldError(first.field(), first.pointer(), first.message() + "; " + more.message()));
        }
        return List.copyOf(byField.values());
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
        Response problem = problem(ProblemType.TOO_MANY_REQUESTS,
                "Please wait " + e.retryAfterSeconds() + " second(s) before trying again", uri, null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(ProblemType.INVALID_PARAMETER, "Check the query parameters", uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return problem(ProblemType.INVALID_PARAMETER, "Check the query parameters", uri, errors);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problem(ProblemType.INVALID_REQUEST, "A field has a value of the wrong type or form; nothing was screened",
                uri, List.of(FieldError.of(path(e), describe(e))));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        return malformed(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        if (cause instanceof JsonProcessingException json) {
            return malformed(json, uri);
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
            return internal(e, uri);
        }
        String detail = type == ProblemType.NOT_FOUND && e.getMessage() != null && e.getMessage().startsWith("No ")
                ? e.getMessage()
                : type == ProblemType.UNSUPPORTED_MEDIA_TYPE && !OperationOutcomeResponses.answersWithOperationOutcome(uri.getPath())
                ? "Send the body as application/json (UTF-8)" : type.title();
        telemetry.problem(type.name());
        if (OperationOutcomeResponses.answersWithOperationOutcome(uri.getPath())) {
            // FHIR and CDS Hooks clients read errors as OperationOutcomes, never problem+json.
            Response outcome = OperationOutcomeResponses.of(type.status(), issueCode(type),
                    detail + " (" + uri.getPath() + ")");
            if (e instanceof NotAllowedException && e.getResponse() != null) {
                return Response.fromResponse(outcome).header("Allow", e.getResponse().getHeaderString("Allow")).build();
            }
            return outcome;
        }
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), null));
        if (e instanceof NotAllowedException && e.getResponse() != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    /** No token, or one that fails verification; the reason is not disclosed to the caller. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response problem = problem(ProblemType.UNAUTHORIZED, ProblemType.UNAUTHORIZED.title(), uri, null);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "The token lacks the role needed to screen", uri, null);
    }

    /** Bytes that are not text in the encoding they claim (e.g. invalid UTF-8 or UTF-32). */
    @ServerExceptionMapper
    public Response badEncoding(CharConversionException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_JSON, "The body is not valid text in a JSON encoding (UTF-8)", uri, null);
    }

    /**
     * The request body could not be read: over the size limit as it streamed in (a chunked body has no
     * Content-Length to check first), or cut off by the client. The client's mistake, never an ERROR.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri, HttpServerRequest request) {
        if (request.response().ended()) {
            // The HTTP layer has already answered 413 (a chunked body over the limit): count it, add nothing.
            telemetry.problem(ProblemType.PAYLOAD_TOO_LARGE.name());
            return null;
        }
        if ("Request too large".equals(e.getMessage())) {
            return problem(ProblemType.PAYLOAD_TOO_LARGE, "The body grew larger than the limit while it was read", uri,
                    null);
        }
        LOG.debugf("Request body of %s could not be read (%s)", uri.getPath(), e.getClass().getSimpleName());
        return problem(ProblemType.MALFORMED_JSON, "The request body could not be read completely", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Exception e, UriInfo uri) {
        // Only the exception type: its message may carry request content.
        LOG.errorf("Unexpected %s while handling %s", e.getClass().getName(), uri.getPath());
        return problem(ProblemType.INTERNAL, "The failure was logged; the request was not screened", uri, null);
    }

    private Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return problem(ProblemType.MALFORMED_JSON, "The body could not be parsed as JSON" + where, uri, null);
    }

    private Response problem(ProblemType type, String detail, UriInfo uri, List<FieldError> errors) {
        telemetry.problem(type.name());
        if (OperationOutcomeResponses.answersWithOperationOutcome(uri.getPath())) {
            // FHIR and CDS Hooks clients read errors as OperationOutcomes, never problem+json.
            List<OutcomeIssue> issues = new ArrayList<>();
            for (FieldError error : errors == null ? List.<FieldError>of() : errors) {
                issues.add(new OutcomeIssue("value", null, error.field() + ": " + error.message()));
            }
            return OperationOutcomeResponses.of(type.status(), issues.isEmpty()
                    ? List.of(new OutcomeIssue(issueCode(type), null, detail)) : issues);
        }
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors)).build();
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

    private static String describe(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            // A question's field at the top level: the client left out the "answers" wrapper.
            return e.getPath().size() == 1 && ANSWER_FIELDS.contains(unknown.getPropertyName())
                    ? "unknown field here; answers go inside \"answers\"" : "unknown field";
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "has a value of the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (target == LocalDate.class) {
            return "must be a real calendar date written YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(target)) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        if (e instanceof InvalidFormatException) {
            return "has a value in the wrong form";
        }
        return "must be a JSON object";
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
