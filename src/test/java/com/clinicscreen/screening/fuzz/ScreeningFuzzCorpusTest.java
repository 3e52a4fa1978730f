package com.clinicscreen.screening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression mode (every build): every committed corpus input, seeds and fixed findings, still passes
 * the fuzz target. With JAZZER_FUZZ=1 it fuzzes for real with Jazzer's libFuzzer driver for
 * JAZZER_FUZZ_SECONDS (default 600): new inputs go to target/fuzz-corpus, a finding to target/crash-*.
 */
class ScreeningFuzzCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "fuzz", "corpus");

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).sorted();
    }

    /**
     * A seed must still reach what it was written for, so a seed gone stale (unreadable after a schema
     * change) fails instead of passing silently: request-STATUS.json and the other .json seeds are decided
     * (with that status), request-missing-answers.json is refused, and finding-* and truncated inputs may
     * stop anywhere.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusInputGivesADecisionOrAClientError(Path input) throws IOException {
        ScreeningFuzzTarget.Result result = ScreeningFuzzTarget.check(Files.readAllBytes(input));
        String name = input.getFileName().toString();
        if (name.startsWith("finding-") || name.startsWith("truncated")) {
            return;
        }
        if (name.equals("request-missing-answers.json")) {
            assertEquals(ScreeningFuzzTarget.Reached.REFUSED, result.reached(), name);
            return;
        }
        assertEquals(ScreeningFuzzTarget.Reached.DECIDED, result.reached(), name + " is a seed that no longer reaches a decision");
        if (name.startsWith("request-")) {
            String status = name.substring("request-".length(), name.length() - ".json".length()).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
            assertEquals(status, result.decision().status().name(), name);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = "1")
    void fuzzForReal() throws IOException, InterruptedException {
        String seconds = System.getenv().getOrDefault("JAZZER_FUZZ_SECONDS", "600");
        Path generated = Files.createDirectories(Path.of("target", "fuzz-corpus"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + ScreeningFuzzTarget.class.getName(),
                "--instrumentation_includes=com.clinicscreen.**:com.fasterxml.jackson.**",
                "-dict=" + Path.of("src", "test", "resources", "fuzz", "screening.dict"),
                "-max_total_time=" + seconds, "-print_final_stats=1", "-artifact_prefix=target/",
                generated.toString(), CORPUS.toString());
        Process jazzer = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, jazzer.waitFor(), "Jazzer reported a finding: see target/crash-*");
    }
}
