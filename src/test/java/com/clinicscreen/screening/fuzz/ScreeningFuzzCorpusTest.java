package com.clinicscreen.screening.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Regression mode: every committed corpus input (seeds and fixed findings) still passes the fuzz target. */
class ScreeningFuzzCorpusTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "fuzz", "corpus");

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusInputGivesADecisionOrAClientError(Path input) throws IOException {
        ScreeningFuzzTarget.fuzzerTestOneInput(Files.readAllBytes(input));
    }
}
