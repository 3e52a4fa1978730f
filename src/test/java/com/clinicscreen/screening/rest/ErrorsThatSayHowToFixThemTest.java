package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

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

    /** Each text by its own key: a 404 starting with "No" in English is not a rewrite of the English words. */
    @Test
    void aMissingQuestionnaireIsNamedInEachLanguage() {
        given().get("/v1/questionnaires/nope").then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("No such resource"))
                .body("detail", equalTo("No questionnaire 'nope'"));
        given().header("Accept-Language", "es").get("/v1/questionnaires/nope").then().statusCode(404)
                .header("Content-Language", "es")
                .body("title", equalTo("No existe ese recurso"))
                .body("detail", equalTo("No existe el cuestionario 'nope'"));
    }

    @Test
    void everyProblemOfAFieldIsInTheRequestedLanguageInAStableOrder() {
        String body = Intake.healthy().set("treatment", "lower").json();
        given().contentType(ContentType.JSON).body(body).post("/v1/screenings").then().statusCode(400)
                .body("errors.find { it.field == 'treatment' }.message", startsWith(
                        "must be a catalog code: capital letters, digits and _; unknown treatment; requestable: ["));
        given().contentType(ContentType.JSON).queryParam("lang", "es").body(body).post("/v1/screenings").then()
                .statusCode(400).body("errors.find { it.field == 'treatment' }.message", startsWith(
                        "debe ser un código del catálogo: letras mayúsculas, dígitos y _; tratamiento desconocido; "
                                + "se pueden solicitar: ["));
    }

    @Test
    void whereJsonBreaksIsSaidInTheRequestedLanguage() {
        given().contentType(ContentType.JSON).body("{\"answers\": {\"dateOfBirth\" \"1990-01-01\"}}")
                .post("/v1/screenings").then().statusCode(400)
                .body("detail", equalTo("The body could not be parsed as JSON (line 1, column 28)"));
        given().contentType(ContentType.JSON).header("Accept-Language", "es")
                .body("{\"answers\": {\"dateOfBirth\" \"1990-01-01\"}}").post("/v1/screenings").then().statusCode(400)
                .body("detail", equalTo("No se pudo interpretar el cuerpo como JSON (línea 1, columna 28)"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedInTheRequestedLanguage() {
        String tooLarge = "{\"treatment\":\"" + "x".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).header("Accept-Language", "es").body(tooLarge).post("/v1/screenings")
                .then().statusCode(413).contentType("application/problem+json").header("Content-Language", "es")
                .body("title", equalTo("El cuerpo de la solicitud es demasiado grande"))
                .body("detail", equalTo("El cuerpo supera los 65536 bytes"));
        given().contentType(ContentType.JSON).body(tooLarge).post("/v1/screenings")
                .then().statusCode(413).header("Content-Language", "en")
                .body("detail", equalTo("The body is larger than 65536 bytes"));
    }
}
