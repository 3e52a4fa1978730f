package com.clinicscreen.screening;

import com.clinicscreen.screening.config.ClinicCalendar;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.service.ScreeningService;
import com.clinicscreen.screening.startup.BuiltInData;
import com.clinicscreen.screening.telemetry.DecisionTelemetry;
import com.clinicscreen.screening.terminology.Terminology;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The screening service wired by hand with the default policy and a fixed "today", for fast tests. */
public final class TestScreening {

    /** "Today" in the plain (non-Quarkus) tests: late enough that every event date in them is past. */
    public static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    private static final ScreeningConfig CONFIG = config(Optional.empty());
    private static final PolicyProvider POLICY = new PolicyProvider(CONFIG, BuiltInData::defaultPolicy);
    private static final QuestionnaireProvider QUESTIONNAIRE = new QuestionnaireProvider();
    // What Quarkus injects: a validator that knows the request records (the constraints are compiled from it).
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static final Terminology TERMINOLOGY = new Terminology();
    private static final MedicineIndex MEDICINES = new MedicineIndex(TERMINOLOGY);
    private static final ProblemTexts TEXTS = new ProblemTexts();

    private TestScreening() {}

    /** The terminology the hand-wired service reads medicines with (loaded once for every test). */
    public static Terminology terminology() {
        return TERMINOLOGY;
    }

    /** The medicine search index over the shipped data, built on {@link #terminology()}. */
    public static MedicineIndex medicines() {
        return MEDICINES;
    }

    public static ScreeningService service() {
        return service(TODAY);
    }

    public static ScreeningService service(LocalDate today) {
        return service(today, CONFIG, POLICY);
    }

    /** The service with another configuration, e.g. clinic settings on top of the policy. */
    public static ScreeningService service(ScreeningConfig config) {
        return service(TODAY, config, new PolicyProvider(config, BuiltInData::defaultPolicy));
    }

    private static ScreeningService service(LocalDate today, ScreeningConfig config, PolicyProvider policy) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ScreeningService(policy, QUESTIONNAIRE, new ClinicCalendar(clock), config,
                new DecisionTelemetry(new SimpleMeterRegistry(), policy), VALIDATOR, TERMINOLOGY, MEDICINES, TEXTS);
    }

    public static PolicyProvider policyProvider() {
        return POLICY;
    }

    public static ScreeningConfig config(Optional<String> policyFile) {
        return config(policyFile, Optional.empty());
    }

    public static ScreeningConfig config(Optional<String> policyFile, Optional<String> clinicSettings) {
        return new ScreeningConfig() {
            @Override
            public Optional<String> policyFile() {
                return policyFile;
            }

            @Override
            public Optional<String> clinicSettings() {
                return clinicSettings;
            }

            @Override
            public ZoneId clinicTimeZone() {
                return ZoneId.of("America/Los_Angeles");
            }

            @Override
            public String defaultTreatment() {
                return "MN";
            }

            @Override
            public int planningHorizonDays() {
                return 730;
            }

            @Override
            public Browser browser() {
                return new Browser() {
                    @Override
                    public int requestsPerMinute() {
                        return 30;
                    }

                    @Override
                    public long maxClients() {
                        return 100_000;
                    }
                };
            }
        };
    }
}
