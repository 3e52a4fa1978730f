package com.clinicscreen.screening.startup;

import com.clinicscreen.screening.cdshooks.CodeTable;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyLoader;
import com.clinicscreen.screening.problems.ProblemTexts;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.clinicscreen.screening.terminology.Terminology;
import java.time.Duration;
import java.util.List;

/**
 * The data the service ships (the built-in policy compiled without clinic settings, the problem texts, the
 * terminology, the questionnaire, the EHR code table, the medicine search index), loaded and checked on a thread
 * of its own from the first line of the service's main method, beside Quarkus's own start: on the two cores of a
 * pod that start is mostly one busy thread, so the loading (about a second of interpreted work) overlaps it
 * instead of following it.
 *
 * <p>The beans take their value from here at start, before the service listens; nothing is loaded lazily. Without
 * the early start (tests, dev mode) each value is loaded on first use, on the asking thread, as before. A load
 * that fails throws the very exception it would have thrown on the asking thread, so a broken file stops the
 * start with the same message.
 */
public final class BuiltInData {

    /** Far beyond any real load: waiting longer can only mean the loading thread is stuck, which must stop the start. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final EarlyValue<Policy> POLICY = new EarlyValue<>("the built-in policy", PATIENCE,
            () -> PolicyLoader.load(PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE), null));
    private static final EarlyValue<Terminology> TERMINOLOGY = new EarlyValue<>("the terminology", PATIENCE,
            Terminology::new);
    private static final EarlyValue<QuestionnaireProvider> QUESTIONNAIRE = new EarlyValue<>("the questionnaire",
            PATIENCE, QuestionnaireProvider::new);
    private static final EarlyValue<MedicineIndex> MEDICINES = new EarlyValue<>("the medicine search index",
            PATIENCE, () -> new MedicineIndex(TERMINOLOGY.get()));
    private static final EarlyValue<ProblemTexts> PROBLEM_TEXTS = new EarlyValue<>("the problem texts", PATIENCE,
            ProblemTexts::new);
    private static final EarlyValue<CodeTable> CODE_TABLE = new EarlyValue<>("the EHR code table", PATIENCE,
            CodeTable::new);
    /** The order the start asks for them in (the policy first, from the HTTP router's filters). */
    private static final List<EarlyValue<?>> IN_ORDER = List.of(POLICY, PROBLEM_TEXTS, TERMINOLOGY, QUESTIONNAIRE,
            CODE_TABLE, MEDICINES);

    private BuiltInData() {}

    /** Starts loading everything on one daemon thread, in the order the start asks for it; a second call does nothing. */
    public static synchronized void startLoading() {
        if (POLICY.started()) {
            return;
        }
        IN_ORDER.forEach(EarlyValue::start);
        Thread thread = new Thread(() -> IN_ORDER.forEach(EarlyValue::load), "built-in-data");
        thread.setDaemon(true);
        thread.start();
    }

    /** The built-in policy without clinic settings (what a start with no policy file and no clinic settings runs). */
    public static Policy defaultPolicy() {
        return POLICY.get();
    }

    public static Terminology terminology() {
        return TERMINOLOGY.get();
    }

    public static MedicineIndex medicines() {
        return MEDICINES.get();
    }

    public static QuestionnaireProvider questionnaire() {
        return QUESTIONNAIRE.get();
    }

    public static ProblemTexts problemTexts() {
        return PROBLEM_TEXTS.get();
    }

    public static CodeTable codeTable() {
        return CODE_TABLE.get();
    }
}
