package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.clinicscreen.screening.Intake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors that tell the client what to change: the media type, the answers wrapper, what kind of field, one entry each. */
@QuarkusTest
class ErrorsThatSayHowToFixThemTest {

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void a415NamesTheMediaTypeToSendInBothLanguages() {
        given().contentType("text/plain").body("hello").post("/v1/screenings").then().statusCode(415)
                .contentType("application/problem+json").body("detail", equalTo("Send the body as application/json (UTF-8)"));
        given().contentType("text/plain").header("Accept-Language", "es").body("hello").post("/v1/screenings").then()
                .statusCode(415).body("detail", equalTo("Envíe el cuerpo como application/json (UTF-8)"));
    }

    @Test
    void answersSentWithoutTheirWrapperSaySo() {
        String flat = "{\"treatment\":\"MN\",\"dateOfBirth\":\"1990-05-15\"}";
        given().contentType(ContentType.JSON).body(flat).post("/v1/screenings").then().statusCode(400)
                .body("errors.find { it.field == 'dateOfBirth' }.message",
                        equalTo("unknown field here; answers go inside \"answers\""));
    }

    @Test
    void aWrongTreatmentIsCountedAsAFieldNotAnAnswerAndNamedOnce() {
        given().contentType(ContentType.JSON).body(Intake.healthy().set("treatment", "mn").json()).post("/v1/screenings").then()
                .statusCode(400)
                .body("detail", equalTo("1 field(s) invalid; nothing was screened"))
                .body("errors.findAll { it.field == 'treatment' }", hasSize(1));
    }

    @Test
    void answersAndOtherFieldsAreCountedApart() {
        given().contentType(ContentType.JSON)
                .body(Intake.healthy().set("treatment", "NOPE").remove("answers.keloidTendency").json()).post("/v1/screenings")
                .then().statusCode(400)
                .body("detail", equalTo("1 answer(s) missing or invalid and 1 other field(s) invalid; nothing was screened"));
        given().contentType(ContentType.JSON).header("Accept-Language", "es")
                .body(Intake.healthy().set("treatment", "NOPE").remove("answers.keloidTendency").json()).post("/v1/screenings")
                .then().statusCode(400).body("detail", containsString("y 1 campo(s) más no son válidos"));
    }
}
