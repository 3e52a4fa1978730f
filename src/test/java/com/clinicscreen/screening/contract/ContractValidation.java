package com.clinicscreen.screening.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks every REST Assured interaction against the committed contract, openapi/openapi.yaml. The
 * response is always checked; the request is checked when the service accepted it (2xx): a request
 * the service rejects is expected not to conform.
 */
public final class ContractValidation implements Filter {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final AtomicInteger VALIDATED = new AtomicInteger();

    /** Registers the filter for every REST Assured call of the test run (idempotent). */
    public static void enable() {
        utf8Bodies();
        if (io.restassured.RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            io.restassured.RestAssured.filters(new ContractValidation());
        }
    }

    /**
     * REST Assured labels bodies of content types it does not know (application/fhir+json) ISO-8859-1;
     * the service refuses any charset but UTF-8, so the tests say what they send: UTF-8.
     */
    public static void utf8Bodies() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        // CORS preflights are answered by the HTTP layer for every path; they are not API operations.
        if (!requestSpec.getURI().contains("/v1/") || requestSpec.getMethod().equals("OPTIONS")) {
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        var openApiResponse = RestAssuredResponse.of(response);
        ValidationReport report = response.statusCode() < 300
                ? validator().validate(request, openApiResponse)
                : validator().validateResponse(request.getPath(), request.getMethod(), openApiResponse);
        VALIDATED.incrementAndGet();
        if (outsideTheContract(report, response)) {
            return response;
        }
        if (report.hasErrors()) {
            throw new AssertionError("Contract violation for " + request.getMethod() + " " + request.getPath() + " ("
                    + response.statusCode() + "):\n" + report.getMessages());
        }
        return response;
    }

    /**
     * A method or path the contract does not have (405, 404) cannot be checked against it; such answers
     * must still be problem details.
     */
    private static boolean outsideTheContract(ValidationReport report, Response response) {
        boolean unknownOperation = report.hasErrors() && report.getMessages().stream().allMatch(m ->
                m.getKey().equals("validation.request.path.missing")
                        || m.getKey().equals("validation.request.operation.notAllowed"));
        if (unknownOperation && !response.contentType().startsWith("application/problem+json")) {
            throw new AssertionError("an answer outside the contract must be problem+json, was " + response.contentType());
        }
        return unknownOperation;
    }

    /** Built on first use, so a run that rewrites the contract (-Dopenapi.update=true) can start from an empty file. */
    public static OpenApiInteractionValidator validator() {
        return Holder.VALIDATOR;
    }

    private static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForSpecificationUrl(CONTRACT.toUri().toString()).build();
    }

    public static int validatedInteractions() {
        return VALIDATED.get();
    }
}
