package com.clinicscreen.screening.questionnaire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the intake questionnaire shipped with the service, once. */
@Startup
// A singleton, not application-scoped: a client proxy would run the loading constructor a second time.
@Singleton
public class QuestionnaireProvider {

    static final String RESOURCE = "questionnaire/microneedling-intake.yaml";

    private final Questionnaire questionnaire;

    public QuestionnaireProvider() {
        this.questionnaire = load(RESOURCE);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    static Questionnaire load(String resource) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = QuestionnaireProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Questionnaire " + resource + " is missing from the service");
            }
            return QuestionnaireCompiler.compile(yaml.readValue(in, QuestionnaireDocument.class), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Questionnaire " + resource + " cannot be read", e);
        }
    }
}
