package com.clinicscreen.screening.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-to-server callers need a valid bearer JWT with the screener role; read-only endpoints stay open. */
@QuarkusTest
@TestProfile(AuthRequiredProfile.class)
class BearerTokenTest {

    @BeforeAll
    static void setUp() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    private static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(AuthRequiredProfile.ISSUER).audience(AuthRequiredProfile.AUDIENCE).subject("ehr-integration")
                .groups(Set.of("screener")).issuedAt(now).expiresAt(now.plusSeconds(300));
    }

    /** A token the test identity provider would issue: right issuer, audience, role and key ("test-key"). */
    static String validToken() {
        return claims().jws().keyId("test-key").sign("jwt/test-private.pem");
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign("jwt/test-private.pem");
    }

    @Test
    void validTokenWithTheRoleScreens() {
        screen(given().auth().oauth2(sign(claims()))).then().statusCode(200).body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void noTokenIsRefused() {
        screen(given()).then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        screen(given().auth().oauth2(sign(claims().issuedAt(past).expiresAt(past.plusSeconds(60))))).then().statusCode(401);
    }

    @Test
    void tokenNotYetValidIsRefused() {
        Instant future = Instant.now().plusSeconds(600);
        screen(given().auth().oauth2(sign(claims().claim("nbf", future.getEpochSecond()).issuedAt(future)
                .expiresAt(future.plusSeconds(300))))).then().statusCode(401);
    }

    @Test
    void wrongIssuerIsRefused() {
        screen(given().auth().oauth2(sign(claims().issuer("https://someone-else.example")))).then().statusCode(401);
    }

    @Test
    void wrongAudienceIsRefused() {
        screen(given().auth().oauth2(sign(claims().audience("another-service")))).then().statusCode(401);
    }

    @Test
    void wrongSignatureIsRefused() {
        screen(given().auth().oauth2(claims().jws().sign("jwt/other-private.pem"))).then().statusCode(401);
    }

    @Test
    void unsignedAlgNoneTokenIsRefused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = sign(claims()).split("\\.")[1];
        String token = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + payload + ".";
        screen(given().auth().oauth2(token)).then().statusCode(401);
    }

    @Test
    void tokenWithoutTheRoleIsForbidden() {
        screen(given().auth().oauth2(sign(claims().groups(Set.of("reader"))))).then().statusCode(403);
    }

    @Test
    void readOnlyEndpointsStayOpenWithoutAToken() {
        given().get("/v1/questionnaires/microneedling-intake").then().statusCode(200);
        given().get("/v1/policy").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void corsPreflightFromAnAllowedOriginNeedsNoToken() {
        given().header("Origin", AuthRequiredProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/v1/screenings")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", AuthRequiredProfile.ALLOWED_ORIGIN);
    }

    @Test
    void corsPreflightForACdsServiceNeedsNoToken() {
        given().header("Origin", AuthRequiredProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/cds-services/microneedling-screening-chart")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", AuthRequiredProfile.ALLOWED_ORIGIN);
    }

    @Test
    void corsResponsesCarryNoCredentialsAndVaryByOrigin() {
        given().header("Origin", AuthRequiredProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .options("/v1/screenings")
                .then().statusCode(200)
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not("true"));
        given().header("Origin", AuthRequiredProfile.ALLOWED_ORIGIN).get("/v1/questionnaires/microneedling-intake")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", AuthRequiredProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not("true"))
                .header("Vary", org.hamcrest.Matchers.containsString("Origin"));
    }

    @Test
    void corsPreflightFromAnotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/v1/screenings")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private static io.restassured.response.Response screen(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(Intake.healthy().json()).post("/v1/screenings");
    }
}
