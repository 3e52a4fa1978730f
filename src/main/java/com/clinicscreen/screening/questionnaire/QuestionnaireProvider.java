package com.clinicscreen.screening.questionnaire;

import com.clinicscreen.screening.shipped.JsonTwin;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads the intake questionnaire shipped with the service, once. */
// A bean made by startup.BuiltInDataBeans from what startup.BuiltInData loaded at start.
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
        try {
            QuestionnaireDocument document = JsonTwin.readResource(resource, QuestionnaireDocument.class);
            if (document == null) {
                throw new IllegalStateException("Questionnaire " + resource + " is missing from the service");
            }
            return QuestionnaireCompiler.compile(document, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Questionnaire " + resource + " cannot be read", e);
        }
    }
}
