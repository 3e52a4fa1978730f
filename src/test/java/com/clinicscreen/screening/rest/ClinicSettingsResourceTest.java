package com.clinicscreen.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service started with the example clinic settings, end to end over HTTP. */
@QuarkusTest
@TestProfile(ClinicSettingsResourceTest.SunsetDermatology.class)
class ClinicSettingsResourceTest {

    /** SCREENING_CLINIC_SETTINGS pointing at the example file of the issue. */
    public static class SunsetDermatology implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("screening.clinic-settings", "src/test/resources/clinic/sunset-derm.yaml");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        ContractValidation.enable();
    }

    @Test
    void isotretinoinStoppedEightMonthsAgoDefersMicroneedlingAndRfToTwelveMonthsAfterTheLastDose() {
        for (String treatment : new String[] {"MN", "ALT_RFMN"}) {
            Intake intake = Intake.healthy().set("treatment", treatment)
                    .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-02-01\"}");
            if (treatment.equals("ALT_RFMN")) {
                intake.set("answers.electronicImplant", "NO").set("answers.metalOrTattooInArea.metalInArea", "NO");
            }
            given().contentType(ContentType.JSON).body(intake.json()).post("/v1/screenings")
                    .then().statusCode(200)
                    .body("status", equalTo("DEFERRED"))
                    .body("eligibleFrom", equalTo("2027-02-01"))
                    .body("policy.id", equalTo("default-microneedling"))
                    .body("policy.clinicId", equalTo("sunset-derm"))
                    .body("policy.clinicSettingsSha256", matchesPattern("[0-9a-f]{64}"))
                    .body("alternatives.code", not(hasItem("ALT_NAFL")));
        }
    }

    @Test
    void policyShowsTheEffectiveValuesAndWhichCameFromTheClinic() {
        given().get("/v1/policy").then().statusCode(200)
                .body("clinic.id", equalTo("sunset-derm"))
                .body("parameters.find { it.name == 'ISOTRETINOIN_WASHOUT' }.value", equalTo("P12M"))
                .body("parameters.find { it.name == 'ISOTRETINOIN_WASHOUT' }.defaultValue", equalTo("P6M"))
                .body("parameters.find { it.name == 'ISOTRETINOIN_WASHOUT' }.source", equalTo("CLINIC"))
                .body("parameters.find { it.name == 'SUN_TAN_SELF_TAN' }.source", equalTo("POLICY"))
                .body("treatments.find { it.code == 'ALT_NAFL' }.offered", equalTo(false))
                .body("treatments.find { it.code == 'ALT_LED' }.offered", equalTo(true))
                .body("treatments.find { it.code == 'ALT_RFMN' }.requestable", equalTo(true))
                .body("treatments.find { it.code == 'ALT_PRPMN' }.offered", equalTo(false))
                .body("treatments.find { it.code == 'ALT_PRPMN' }.requestable", equalTo(false));
    }

    @Test
    void aTreatmentTheClinicDoesNotOfferIsABadRequestListingTheRequestableOnes() {
        given().contentType(ContentType.JSON).body(Intake.healthy().set("treatment", "ALT_PRPMN").json())
                .post("/v1/screenings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("treatment"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("requestable: [MN, ALT_RFMN]"));
    }

    /**
     * The example file overrides KELOID_HYPERTROPHIC_TENDENCY (ABSOLUTE, not eligible by the policy) to a review for
     * microneedling: staff see the override where it acts, the patient does not.
     */
    @Test
    void aReasonAnOverrideSetNamesTheOverrideAndItsJustificationForStaffOnly() {
        String keloid = Intake.healthy().set("answers.keloidTendency", "YES").json();
        String reason = "reasons.find { it.code == 'KELOID_HYPERTROPHIC_TENDENCY' }";
        given().contentType(ContentType.JSON).body(keloid).post("/v1/screenings?explain=true")
                .then().statusCode(200)
                .body("status", equalTo("CLINICIAN_REVIEW"))
                .body(reason + ".category", equalTo("ABSOLUTE"))
                .body(reason + ".outcome", equalTo("CLINICIAN_REVIEW"))
                .body(reason + ".clinicOverride.entry", equalTo("overrides[0]"))
                .body(reason + ".clinicOverride.policyOutcome", equalTo("NOT_ELIGIBLE"))
                .body(reason + ".clinicOverride.justification", equalTo("Our dermatologist sees keloid-prone patients "
                        + "whose goal is scar treatment (§7 KELOID)."))
                .body("reasons.findAll { it.code != 'KELOID_HYPERTROPHIC_TENDENCY' }.clinicOverride",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()))
                .body("explanation.find { it.code == 'KELOID_HYPERTROPHIC_TENDENCY' }.cases[0].clinicOverride.policyOutcome",
                        equalTo("NOT_ELIGIBLE"));
        given().contentType(ContentType.JSON).body(keloid).post("/v1/screenings?view=patient")
                .then().statusCode(200)
                .body("status", equalTo("CLINICIAN_REVIEW"))
                .body(not(org.hamcrest.Matchers.containsString("clinicOverride")))
                .body(not(org.hamcrest.Matchers.containsString("overrides[0]")));
        given().contentType(ContentType.JSON).body(Intake.healthy().set("treatment", "ALT_RFMN")
                        .set("answers.electronicImplant", "NO").set("answers.metalOrTattooInArea.metalInArea", "NO")
                        .set("answers.keloidTendency", "YES").json())
                .post("/v1/screenings").then().statusCode(200)
                .body("status", equalTo("NOT_ELIGIBLE"))
                .body(reason + ".clinicOverride", org.hamcrest.Matchers.nullValue());
    }

    /** A form built from the questionnaire never offers a treatment the API would refuse. */
    @Test
    void theQuestionnaireOffersOnlyTheTreatmentsTheClinicOffers() {
        for (String lang : new String[] {"en", "es"}) {
            given().get("/v1/questionnaires/microneedling-intake?lang=" + lang).then().statusCode(200)
                    .body("items.find { it.field == 'treatment' }.options.value",
                            org.hamcrest.Matchers.contains("MN", "ALT_RFMN"))
                    .body("clinicTimeZone", equalTo("America/Los_Angeles"));
        }
    }
}
