package com.clinicscreen.screening.bench;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.config.PreEncodedStringsCustomizer;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One screening: validation, findings, the requested treatment's rules, alternatives where they are
 * wanted, the response in one language and the metrics. Decision log output is switched off so the
 * console does not dominate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreeningBenchmark {

    private ScreeningService service;
    private ScreeningRequest healthy;
    private ScreeningRequest manyReasons;
    private byte[] healthyBytes;
    private ScreeningDecision eligibleDecision;
    private ObjectMapper responseMapper;

    @Setup
    public void setUp() {
        Logger.getLogger("screening.decision").setLevel(Level.OFF);
        service = TestScreening.service();
        healthy = Intake.healthy().request();
        manyReasons = Intake.healthy()
                .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-06-15\"}")
                .set("answers.bloodThinners", "{\"status\":\"YES\",\"medicines\":[\"APIXABAN\"]}")
                .set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}")
                .set("answers.skinType.fitzpatrick", "V")
                .set("answers.eczema", "{\"status\":\"YES\",\"locations\":[\"HANDS\"],\"flaringNow\":\"YES\"}")
                .procedure("NEUROTOXIN", "2026-09-10")
                .request();
        healthyBytes = Intake.healthy().json().getBytes(StandardCharsets.UTF_8);
        eligibleDecision = service.screen(healthy, Language.EN, false);
        responseMapper = Intake.MAPPER.copy();
        new PreEncodedStringsCustomizer(TestScreening.policyProvider()).customize(responseMapper);
    }

    /** Eligible patient: no reasons; by default no alternatives (the treatment can simply be booked). */
    @Benchmark
    public ScreeningDecision screenEligiblePatient() {
        return service.screen(healthy, Language.EN, false);
    }

    /** Eligible patient with alternatives asked for: every offered treatment screened as a suggestion. */
    @Benchmark
    public ScreeningDecision screenEligiblePatientWithAlternatives() {
        return service.screen(healthy, Language.EN, false, AlternativesMode.ALWAYS);
    }

    /** Deferred patient with six reasons of every severity. */
    @Benchmark
    public ScreeningDecision screenPatientWithSixReasons() {
        return service.screen(manyReasons, Language.ES, false);
    }

    /** As the service does it per request: strict JSON reading, then screening. */
    @Benchmark
    public ScreeningDecision readAndScreen() throws IOException {
        return service.screen(Intake.MAPPER.readValue(healthyBytes, ScreeningRequest.class), Language.EN, false);
    }

    /** Writing the eligible decision (instructions with their dated windows) as the service writes its JSON. */
    @Benchmark
    public byte[] writeDecision() throws IOException {
        return responseMapper.writeValueAsBytes(eligibleDecision);
    }

    /** The same with Jackson's own string writing, each policy text escaped and encoded again: for comparison. */
    @Benchmark
    public byte[] writeDecisionEncodingEveryString() throws IOException {
        return Intake.MAPPER.writeValueAsBytes(eligibleDecision);
    }

    /** The request checks alone (Jakarta constraints and the questionnaire's rules), for an eligible patient. */
    @Benchmark
    public Object validateEligiblePatient() {
        return service.problemsOf(healthy);
    }

    /** Explain mode adds the trace of every rule. */
    @Benchmark
    public ScreeningDecision screenWithExplanation() {
        return service.screen(healthy, Language.EN, true);
    }
}
