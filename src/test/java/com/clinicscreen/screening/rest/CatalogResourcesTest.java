package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The questionnaire, the policy, OpenAPI, Swagger UI and health all answer. */
@QuarkusTest
class CatalogResourcesTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void questionnaireInEnglishHasEveryQuestionWithFieldsAndOptions() {
        given().get("/v1/questionnaires/microneedling-intake")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("items.id", hasItems("Q01", "Q02", "Q05", "Q17", "Q38"))
                .body("items.find { it.id == 'Q05' }.field", equalTo("answers.pregnancy.status"))
                .body("items.find { it.id == 'Q05' }.options.value", hasItems("YES", "NO", "UNSURE"))
                .body("items.find { it.id == 'Q05.1' }.enableWhen[0].anyOf", hasItem("YES"))
                .body("items.find { it.id == 'Q31' }.enableWhen[0].field", equalTo("treatment"))
                .body("items.find { it.field == 'treatment' }.options.value",
                        org.hamcrest.Matchers.contains("MN", "ALT_RFMN", "ALT_PRPMN"));
    }

    @Test
    void questionnaireInSpanishByAcceptLanguage() {
        given().header("Accept-Language", "es").get("/v1/questionnaires/microneedling-intake")
                .then().statusCode(200).header("Content-Language", "es").body("language", equalTo("es"));
    }

    @Test
    void unknownQuestionnaireIs404Problem() {
        given().get("/v1/questionnaires/botox-intake").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void policyListsTreatmentsRulesAndVersion() {
        given().get("/v1/policy")
                .then().statusCode(200)
                .body("id", equalTo("default-microneedling"))
                .body("sha256", matchesPattern("[0-9a-f]{64}"))
                .body("treatments.code", hasItems("MN", "ALT_RFMN", "ALT_PRPMN", "ALT_TOP_GENTLE"))
                .body("treatments.find { it.code == 'MN' }.rules.find { it.code == 'ISOTRETINOIN_RECENT' }.cases[0].until",
                        equalTo("P6M"))
                .body("treatments.find { it.code == 'MN' }.rules.size()", greaterThan(60));
    }

    @Test
    void policyRefusesAnInvalidQueryParameterAsTheContractSays() {
        given().get("/v1/policy?lang=EN")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void openApiIsServed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/screenings"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessReportsThePolicy() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'policy' }.data.id", equalTo("default-microneedling"));
    }

    @Test
    void livenessAndStartedAnswer() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
    }
}
