package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.LogCapture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client's chunked body (no Content-Length) that grows over the size limit is a client mistake: 413,
 * nothing at ERROR in the log and no INTERNAL problem counted, so no error alert fires for it.
 */
@QuarkusTest
class OversizedChunkedBodyTest {

    @TestHTTPResource("/v1/screenings")
    URI screenings;

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        logs = LogCapture.of("");
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @Test
    void anOversizedChunkedBodyIs413WithoutAnErrorLogOrAnInternalProblem() throws Exception {
        byte[] body = ("{\"treatment\":\"" + "x".repeat(200_000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(screenings).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            response = null; // the server may close the connection while the body is still being sent
        }
        if (response != null) {
            assertEquals(413, response.statusCode());
        }
        Thread.sleep(300);
        List<String> errors = new ArrayList<>();
        for (LogRecord record : logs.records()) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "a client mistake was logged as an error: " + errors);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(not(containsString("screening_problems_total{type=\"INTERNAL\"")));
    }
}
