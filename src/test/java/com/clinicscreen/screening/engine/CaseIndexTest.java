package com.clinicscreen.screening.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.Treatment;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Screening through the case index gives exactly what screening rule by rule gives (the explain path):
 * the same rules fired, with the same case, outcome and date, in the same order, and the same status,
 * for every treatment of the default policy, as requested and as an alternative, over random findings
 * with dates on both sides of every period.
 */
class CaseIndexTest {

    private static final LocalDate EVALUATION = LocalDate.of(2026, 10, 1);

    @Test
    void indexedScreeningEqualsRuleByRule() {
        Policy policy = TestScreening.policyProvider().policy();
        Random random = new Random(20261130);
        FindingCode[] codes = FindingCode.values();
        Certainty[] certainties = Certainty.values();
        int compared = 0;
        int withFiredRules = 0;
        for (int round = 0; round < 3000; round++) {
            Findings.Builder builder = Findings.builder();
            double density = round % 3 == 0 ? 0.02 : round % 3 == 1 ? 0.1 : 0.4;
            for (FindingCode code : codes) {
                if (random.nextDouble() < density) {
                    LocalDate date = random.nextInt(4) == 0 ? null : EVALUATION.minusDays(random.nextInt(800) - 100);
                    builder.add(new Finding(code, certainties[random.nextInt(certainties.length)], date, List.of()));
                }
            }
            Findings findings = policy.implications().expand(builder.build());
            for (Treatment treatment : policy.treatments().values()) {
                CaseIndex index = new CaseIndex(treatment);
                for (boolean asAlternative : new boolean[] {false, true}) {
                    TreatmentScreening ruleByRule = RuleEvaluator.screen(treatment, findings, EVALUATION, asAlternative,
                            false);
                    TreatmentScreening indexed = RuleEvaluator.screen(treatment, index, findings, EVALUATION,
                            asAlternative);
                    assertEquals(ruleByRule.status(), indexed.status(), treatment.code());
                    assertEquals(describe(ruleByRule), describe(indexed), treatment.code());
                    assertTrue(ruleByRule.fired().equals(indexed.fired()), treatment.code());
                    compared++;
                    withFiredRules += ruleByRule.status() == DecisionStatus.ELIGIBLE ? 0 : 1;
                }
            }
        }
        // The comparison covered patients with reasons, not only eligible ones.
        assertTrue(withFiredRules > compared / 4, withFiredRules + " of " + compared);
    }

    /** What a failure shows: each fired rule's code, case finding, outcome and date. */
    private static List<String> describe(TreatmentScreening screening) {
        return screening.fired().stream().map(f -> f.rule().code() + "/" + f.ruleCase().finding() + "/" + f.outcome()
                + "/" + f.date()).toList();
    }
}
