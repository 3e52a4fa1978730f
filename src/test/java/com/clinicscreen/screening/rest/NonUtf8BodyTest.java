package com.clinicscreen.screening.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 8259 §8.1: JSON between systems is UTF-8. The FHIR and CDS Hooks bodies, read as text, are refused with
 * 415 in UTF-16 or UTF-32 even when their Content-Type names no charset. The JSON API's bodies are read by
 * Jackson, which detects UTF-16 and UTF-32 from the first bytes (RFC 4627 §3): they are screened exactly as
 * the same intake in UTF-8, which is what the docs say.
 */
@QuarkusTest
class NonUtf8BodyTest {

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Sends the Content-Type exactly as written: no charset added by REST Assured. */
    private static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static byte[] healthy(Charset charset) {
        return Intake.healthy().json().getBytes(charset);
    }

    @Test
    void aUtf8BodyWithoutCharsetIsScreened() {
        given().header("Content-Type", "application/json").body(healthy(StandardCharsets.UTF_8)).post("/v1/screenings")
                .then().statusCode(200).body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void aUtf16Or32BodyWithoutCharsetIsScreenedAsTheSameIntakeInUtf8() {
        String expected = given().header("Content-Type", "application/json").body(healthy(StandardCharsets.UTF_8))
                .post("/v1/screenings").then().statusCode(200).extract().path("status");
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16, Charset.forName("UTF-32")}) {
            given().header("Content-Type", "application/json").body(healthy(charset)).post("/v1/screenings").then()
                    .statusCode(200).body("status", equalTo(expected));
        }
    }

    @Test
    void aUtf16BodyToTheEhrPathsIsRefusedAsAnOperationOutcome() {
        byte[] body = "{\"resourceType\":\"QuestionnaireResponse\"}".getBytes(StandardCharsets.UTF_16LE);
        given().header("Content-Type", "application/fhir+json").body(body).post("/fhir/QuestionnaireResponse/$screen")
                .then().statusCode(415).contentType("application/fhir+json").body("resourceType", equalTo("OperationOutcome"));
        given().header("Content-Type", "application/json").body("{\"hook\":\"patient-view\"}".getBytes(StandardCharsets.UTF_16))
                .post("/cds-services/microneedling-screening-chart/feedback")
                .then().statusCode(415).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void onlyTheFirstTwoBytesDecide() {
        assertTrue(Utf8BodyInterceptor.notUtf8(new byte[] {'{', 0}, 2), "UTF-16LE");
        assertTrue(Utf8BodyInterceptor.notUtf8(new byte[] {0, '{'}, 2), "UTF-16BE or UTF-32BE");
        assertTrue(Utf8BodyInterceptor.notUtf8(new byte[] {(byte) 0xFF, (byte) 0xFE}, 2), "UTF-16LE/UTF-32LE BOM");
        assertTrue(Utf8BodyInterceptor.notUtf8(new byte[] {(byte) 0xFE, (byte) 0xFF}, 2), "UTF-16BE BOM");
        assertTrue(Utf8BodyInterceptor.notUtf8(new byte[] {0, 0}, 1), "a lone NUL");
        assertFalse(Utf8BodyInterceptor.notUtf8(new byte[] {'{', '"'}, 2));
        assertFalse(Utf8BodyInterceptor.notUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB}, 2), "UTF-8 BOM is left to Jackson");
        assertFalse(Utf8BodyInterceptor.notUtf8(new byte[] {'1', 0}, 1), "a one-byte body");
        assertFalse(Utf8BodyInterceptor.notUtf8(new byte[2], 0), "an empty body");
    }
}
