package com.clinicscreen.screening.cdshooks;

import static com.clinicscreen.screening.fhir.OperationOutcomeChecks.outcome;
import static com.clinicscreen.screening.fhir.OperationOutcomeChecks.postChunked;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors under /cds-services answer as the CDS Hooks endpoints answer a malformed request: an
 * OperationOutcome (application/fhir+json), also when the HTTP layer or Quarkus REST refuses the request
 * before a service sees it (405, 406, 413, 415). Only 401 stays bare.
 */
@QuarkusTest
class CdsHooksErrorFormatsTest {

    @TestHTTPResource("/")
    URI root;

    private static final String CALL = "/cds-services/microneedling-screening-chart";
    private static final String FEEDBACK = CALL + "/feedback";
    /** Over the 64K limit, but small enough for the socket to take it all before the answer is read. */
    private static final byte[] TOO_LARGE = ("{\"hook\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    static Stream<String> paths() {
        return Stream.of("/cds-services", CALL, FEEDBACK);
    }

    static Stream<String> postPaths() {
        return Stream.of(CALL, FEEDBACK);
    }

    @ParameterizedTest
    @MethodSource("paths")
    void methodNotAllowedIsAnOperationOutcome(String path) {
        outcome(given().contentType("application/json").body("{}").put(path), 405, "not-supported");
    }

    @Test
    void discoveryInAnUnacceptableFormatIsAnOperationOutcome() {
        outcome(given().accept("application/xml").get("/cds-services"), 406, "not-supported");
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void answerInAnUnacceptableFormatIsAnOperationOutcome(String path) {
        outcome(given().accept("application/xml").contentType("application/json").body("{}").post(path), 406,
                "not-supported");
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void bodyOfAnotherMediaTypeIsAnOperationOutcome(String path) {
        outcome(given().contentType("text/plain").body("{}").post(path), 415, "not-supported");
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void bodyInAnotherCharsetIsAnOperationOutcome(String path) {
        outcome(given().contentType("application/json; charset=ISO-8859-1").body("{}").post(path), 415, "not-supported");
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void bodyDeclaredOverTheLimitIsAnOperationOutcome(String path) {
        outcome(given().contentType("application/json").body(TOO_LARGE).post(path), 413, "too-long");
    }

    /** Without a Content-Length (chunked), the size is only known as the body streams in. */
    @ParameterizedTest
    @MethodSource("postPaths")
    void chunkedBodyOverTheLimitIsAnOperationOutcome(String path) throws Exception {
        outcome(postChunked(root.resolve(path), "application/json", TOO_LARGE), 413, "too-long");
    }

    @Test
    void chunkedBodyWithinTheLimitIsStillRead() throws Exception {
        byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);
        // The body reaches the service: without a token the bare 401; with one, the OperationOutcome for "{}".
        assertEquals(401, postChunked(root.resolve(CALL), "application/json", empty).statusCode());
        HttpRequest request = HttpRequest.newBuilder(root.resolve(CALL)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + EhrTokens.es384(EhrTokens.claims("microneedling-screening-chart")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(empty))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"OperationOutcome\""), response.body());
    }

    @Test
    void unknownPathUnderCdsServicesIsAnOperationOutcome() {
        outcome(given().get(FEEDBACK + "/more"), 404, "not-found");
    }

    @ParameterizedTest
    @MethodSource("postPaths")
    void missingTokenStaysABare401(String path) {
        Response response = given().contentType("application/json").body("{}").post(path);
        assertEquals(401, response.statusCode());
        assertEquals("", response.asString());
    }
}
