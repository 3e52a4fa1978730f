package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.clinicscreen.screening.Intake;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The widget loads on any booking site with the defaults; what it then asks of the API stays behind CORS. */
@QuarkusTest
class WidgetFilesForEveryOriginTest {

    private static final String SITE = "https://booking.clinic.example";

    @Test
    void theWidgetScriptIsServedToAnOriginThatCorsDoesNotAllow() {
        given().header("Origin", SITE).get("/widget/screening-widget.js").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body(containsString("customElements.define"));
    }

    /** The HTTP layer's CORS refusal has no body; the contract filter other tests install would flag that. */
    @Test
    void theApiStaysBehindCorsForThatOrigin() {
        given().noFilters().header("Origin", SITE).contentType(ContentType.JSON).body(Intake.healthy().json())
                .post("/v1/screenings").then().statusCode(403);
    }

    @Test
    void theWidgetWithoutItsSlashRedirects() {
        given().redirects().follow(false).get("/widget").then().statusCode(301).header("Location", equalTo("/widget/"));
    }
}
