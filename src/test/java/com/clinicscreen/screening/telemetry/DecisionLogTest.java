package com.clinicscreen.screening.telemetry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.LogCapture;
import com.clinicscreen.screening.contract.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One decision log event per screening, with codes only; nothing the patient answered reaches a log. */
@QuarkusTest
class DecisionLogTest {

    /** Answer values that appear nowhere else, so finding one in a log line can only mean it leaked. */
    private static final List<String> ANSWER_VALUES = List.of("1987-03-14", "2026-07-03", "2026-05-21", "7.35",
            "NEUROTOXIN", "favouriteColourIsTeal", "APIXABAN", "NODULOCYSTIC", "THIGHS_BUTTOCKS");

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        ContractValidation.enable();
        logs = LogCapture.of("");
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @Test
    void screeningsValidAndInvalidLogNoAnswerValue() {
        Intake patient = Intake.healthy()
                .set("answers.dateOfBirth", "1987-03-14")
                .set("answers.treatmentAreas", "[\"FACE\",\"THIGHS_BUTTOCKS\"]")
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-07-03\"}")
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")
                .set("answers.diabetes", "{\"status\":\"YES\",\"poorlyControlled\":\"NO\",\"hba1cPercent\":7.35}")
                .set("answers.acneInArea", "NODULOCYSTIC")
                .procedure("NEUROTOXIN", "2026-05-21");
        post(patient.json(), 200);
        post(patient.json(), 200, "?explain=true&lang=es");
        post(patient.set("answers.favouriteColour", "favouriteColourIsTeal").json(), 400);
        post(patient.remove("answers.favouriteColour").set("answers.dateOfBirth", "1987-02-30").json(), 400);
        post(patient.set("answers.dateOfBirth", "1987-03-14").remove("answers.keloidTendency").json(), 400);
        post("{\"answers\": {\"dateOfBirth\": \"1987-03-14\", ", 400);

        List<String> lines = new ArrayList<>();
        for (LogRecord record : logs.records()) {
            lines.add(render(record));
        }
        for (String line : lines) {
            for (String value : ANSWER_VALUES) {
                assertFalse(line.contains(value), "an answer value reached the log: " + line);
            }
        }
        List<String> decisions = lines.stream().filter(l -> l.contains("decision ")).toList();
        assertEquals(2, decisions.size(), "one decision event per screening, none for refused requests: " + decisions);
        assertTrue(decisions.get(0).contains("status=DEFERRED"), decisions.get(0));
        assertTrue(decisions.get(0).contains("ISOTRETINOIN_RECENT"), decisions.get(0));
        assertTrue(decisions.get(0).contains("policy=2026.12.1"), decisions.get(0));
        assertTrue(decisions.get(0).matches("(?s)decision [0-9a-f-]{36} .*"), "decision id first: " + decisions.get(0));
    }

    /** Everything a handler could write: message, parameters, exception and MDC. */
    private static String render(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(' ').append(t);
        }
        if (record instanceof ExtLogRecord ext) {
            line.append(' ').append(ext.getFormattedMessage());
            for (Map.Entry<String, String> mdc : ext.getMdcCopy().entrySet()) {
                line.append(' ').append(mdc.getKey()).append('=').append(mdc.getValue());
            }
        }
        return line.toString();
    }

    private static void post(String body, int status) {
        post(body, status, "");
    }

    private static void post(String body, int status, String query) {
        given().contentType(ContentType.JSON).body(body).post("/v1/screenings" + query).then().statusCode(status);
    }
}
