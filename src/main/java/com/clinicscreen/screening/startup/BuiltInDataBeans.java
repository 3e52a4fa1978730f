package com.clinicscreen.screening.startup;

import com.clinicscreen.screening.cdshooks.CodeTable;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.terminology.Terminology;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The shipped data as beans, made at start (never on a first request) from what {@link BuiltInData} loaded.
 * Singletons, not application-scoped: no client proxy stands between a request and the data.
 */
@Singleton
public class BuiltInDataBeans {

    @Produces
    @Singleton
    @Named(PolicyProvider.BUILT_IN)
    Policy builtInPolicy() {
        return BuiltInData.defaultPolicy();
    }

    @Produces
    @Singleton
    @Startup
    Terminology terminology() {
        return BuiltInData.terminology();
    }

    @Produces
    @Singleton
    @Startup
    MedicineIndex medicines() {
        return BuiltInData.medicines();
    }

    @Produces
    @Singleton
    @Startup
    QuestionnaireProvider questionnaire() {
        return BuiltInData.questionnaire();
    }

    @Produces
    @Singleton
    @Startup
    ProblemTexts problemTexts() {
        return BuiltInData.problemTexts();
    }

    @Produces
    @Singleton
    @Startup
    CodeTable codeTable() {
        return BuiltInData.codeTable();
    }
}
