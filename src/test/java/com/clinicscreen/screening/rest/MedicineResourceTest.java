package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /v1/medicines: results, languages, caching, and the parameters it refuses. */
@QuarkusTest
class MedicineResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void findsABrandByItsBeginningWithItsClassesForPatients() {
        given().get("/v1/medicines?q=eliq").then().statusCode(200)
                .header("Content-Language", "en")
                .header("Cache-Control", "public, max-age=86400")
                .header("ETag", matchesPattern("\"[0-9a-f]{32}-en\""))
                .header("Vary", containsString("Accept-Language"))
                .body("query", equalTo("eliq"))
                .body("results.size()", lessThanOrEqualTo(10))
                .body("results[0].name", equalTo("Eliquis"))
                .body("results[0].kind", equalTo("BRAND"))
                .body("results[0].ingredients", hasItem("apixaban"))
                .body("results[0].classes[0].code", equalTo("ANTICOAGULANT"))
                .body("results[0].classes[0].label", equalTo("blood thinner (anticoagulant)"));
    }

    @Test
    void labelsAndNamesInSpanishByLangOrAcceptLanguage() {
        given().get("/v1/medicines?q=warfarina&lang=es").then().statusCode(200)
                .header("Content-Language", "es")
                .header("ETag", matchesPattern("\"[0-9a-f]{32}-es\""))
                .body("results[0].ingredients", hasItem("warfarin"))
                .body("results[0].classes[0].label", equalTo("anticoagulante (para evitar coágulos)"));
        given().header("Accept-Language", "es-MX").get("/v1/medicines?q=ibuprofeno").then().statusCode(200)
                .header("Content-Language", "es")
                .body("results[0].classes.label", hasItem("antiinflamatorio para el dolor (AINE)"));
    }

    @Test
    void nothingFoundIsAnEmptyList() {
        given().get("/v1/medicines?q=zzqx").then().statusCode(200).body("results", hasSize(0));
    }

    @Test
    void theSameETagAnswers304WithoutBody() {
        String etag = given().get("/v1/medicines?q=aspirin").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/v1/medicines?q=aspirin").then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "public, max-age=86400").body(emptyString());
        given().header("If-None-Match", "W/" + etag + ", \"other\"").get("/v1/medicines?q=other").then().statusCode(304);
        // Another language is another representation.
        given().header("If-None-Match", etag).get("/v1/medicines?q=aspirin&lang=es").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
        given().header("If-None-Match", "\"stale\"").get("/v1/medicines?q=aspirin").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?q=a", "", "?q=0123456789012345678901234567890123456789012345678901234567890"})
    void aQueryMissingUnderTwoOrOverSixtyCharactersIs400NamingQ(String query) {
        given().get("/v1/medicines" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://contraindication-screening.example/problems/invalid-parameter"))
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("give the text to search for, 2 to 60 characters"));
    }

    @Test
    void aQueryWithAControlCharacterIs400AsTheContractsPatternSays() {
        given().queryParam("q", "eli\tquis").get("/v1/medicines").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().queryParam("q", "eliquis").get("/v1/medicines").then().statusCode(200);
    }

    @Test
    void spacesAroundTheQueryDoNotCount() {
        given().queryParam("q", "  a  ").get("/v1/medicines").then().statusCode(400).body("errors[0].field", equalTo("q"));
        // One character, however it is encoded.
        given().queryParam("q", "é").get("/v1/medicines").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void boundaryLengthsAreAccepted() {
        given().get("/v1/medicines?q=ab").then().statusCode(200);
        given().get("/v1/medicines?q=" + "a".repeat(60)).then().statusCode(200).body("results", hasSize(0));
    }

    @Test
    void problemsInSpanishAndOtherParameterErrors() {
        given().get("/v1/medicines?q=a&lang=es").then().statusCode(400)
                .header("Content-Language", "es")
                .body("errors[0].message", equalTo("indique el texto que se busca, de 2 a 60 caracteres"));
        given().get("/v1/medicines?q=aspirin&q=warfarin").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/v1/medicines?q=").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/v1/medicines?q=aspirin&lang=fr").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }
}
