package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.RuleExplanation;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.engine.CaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@code afterDeferral} is defined as what the patient meets on {@code notBefore}: the same answers screened
 * again on that day, with whatever had to be resolved taken as resolved. The expected status is worked out
 * here from explain mode (every matched case, rule by rule), independently of how the engine computes it.
 */
class AfterDeferralIsTheRescreenTest {

    private static final ScreeningService SERVICE = TestScreening.service();
    private static final AtomicInteger DEFERRED = new AtomicInteger();
    private static final AtomicInteger VIOLATIONS = new AtomicInteger();

    @Provide
    Arbitrary<Intake> intakes() {
        List<UnaryOperator<Intake>> changes = new ArrayList<>();
        Stream.of(EveryRuleFiresTest.microneedlingRules(), EveryRuleFiresTest.rfAddOnRules(),
                        EveryRuleFiresTest.prpAddOnRules())
                .flatMap(s -> s).forEach(arguments -> {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<Intake> change = (UnaryOperator<Intake>) arguments.get()[3];
                    changes.add(change);
                });
        Arbitrary<List<UnaryOperator<Intake>>> someChanges = Arbitraries.of(changes).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> treatment = Arbitraries.of("MN", "ALT_RFMN", "ALT_PRPMN");
        return Combinators.combine(someChanges, treatment).as((picked, code) -> {
            Intake intake = EveryRuleFiresTest.prp().set("answers.electronicImplant", "NO")
                    .set("answers.metalOrTattooInArea.metalInArea", "NO");
            for (UnaryOperator<Intake> change : picked) {
                intake = change.apply(intake);
            }
            return intake.set("treatment", code);
        });
    }

    @Property(tries = 1000)
    void afterDeferralIsWhatTheSameAnswersGetOnNotBefore(@ForAll("intakes") Intake intake) {
        ScreeningDecision decision = screen(intake, false);
        Assume.that(decision.status() == DecisionStatus.DEFERRED);
        DEFERRED.incrementAndGet();
        Intake later = intake.copy();
        if (decision.notBefore() != null) {
            later.set("plannedTreatmentDate", decision.notBefore().toString());
        }
        DecisionStatus expected = resolved(screen(later, true));
        if (expected != decision.afterDeferral()) {
            VIOLATIONS.incrementAndGet();
        }
        assertEquals(expected, decision.afterDeferral(), () -> intake.json());
    }

    @AfterContainer
    static void report() {
        System.out.println("afterDeferral property: " + DEFERRED.get() + " deferred decisions checked, "
                + VIOLATIONS.get() + " violations");
    }

    /** The status on that day with every resolution done: a case waiting for one gives what follows it. */
    static DecisionStatus resolved(ScreeningDecision again) {
        DecisionStatus status = DecisionStatus.ELIGIBLE;
        for (RuleExplanation rule : again.explanation()) {
            for (RuleExplanation.CaseExplanation c : rule.cases()) {
                if (c.result() != CaseResult.MATCHED) {
                    continue;
                }
                Outcome outcome = c.certainty() == Certainty.NOT_ASKED ? Outcome.CLINICIAN_REVIEW : c.outcome();
                boolean datedDeferral = outcome == Outcome.DEFER_UNTIL_DATE && c.certainty() == Certainty.CONFIRMED
                        && c.findingDate() != null;
                if (outcome == Outcome.DEFER_UNTIL_RESOLVED || outcome == Outcome.DEFER_UNTIL_DATE && !datedDeferral) {
                    outcome = c.then() == Outcome.DEFER_UNTIL_RESOLVED ? null : c.then();
                }
                status = outcome == null ? status : status.strongest(outcome.status());
            }
        }
        return status;
    }

    private static ScreeningDecision screen(Intake intake, boolean explain) {
        try {
            return SERVICE.screen(intake.request(), Language.EN, explain, AlternativesMode.NONE);
        } catch (InvalidRequestException e) {
            // Some combinations of cases are not a valid intake for that date: not a case to check.
            Assume.that(false);
            throw e;
        }
    }
}
