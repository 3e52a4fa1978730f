package com.clinicscreen.screening.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.policy.Instruction;
import com.clinicscreen.screening.policy.Treatment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Preparation and aftercare: the treatment's standard instructions and those of the rules that fired, each
 * code once, split by phase, with their windows dated from the treatment day.
 */
class InstructionListTest {

    private final ScreeningService service = TestScreening.service();
    private final Treatment microneedling = TestScreening.policyProvider().policy().treatments().get("MN");
    private final Map<String, Instruction> byCode = microneedling.instructions().stream()
            .collect(Collectors.toMap(Instruction::code, Function.identity(), (a, b) -> a));

    @Test
    void anEligiblePatientGetsTheStandardInstructionsOnceEachInPolicyOrder() {
        ScreeningDecision decision = service.screen(Intake.healthy().request(), Language.EN, false);
        assertEquals(DecisionStatus.ELIGIBLE, decision.status());
        List<String> standard = List.copyOf(new LinkedHashSet<>(microneedling.instructions().stream()
                .map(Instruction::code).toList()));
        List<String> expectedBefore = standard.stream()
                .filter(code -> byCode.get(code).phase() != Instruction.Phase.AFTER).toList();
        List<String> expectedAfter = standard.stream()
                .filter(code -> byCode.get(code).phase() == Instruction.Phase.AFTER).toList();
        assertEquals(expectedBefore, codes(decision.preparation()));
        assertEquals(expectedAfter, codes(decision.aftercare()));
        assertDated(decision);
    }

    @Test
    void aFiredRulesInstructionsComeFirstAndNoCodeIsGivenTwice() {
        ScreeningDecision decision = service.screen(Intake.healthy().set("answers.coldSores",
                "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}").request(), Language.EN, false);
        assertEquals(DecisionStatus.ELIGIBLE_WITH_PRECAUTIONS, decision.status());
        List<String> given = new ArrayList<>(codes(decision.preparation()));
        given.addAll(codes(decision.aftercare()));
        assertEquals(new LinkedHashSet<>(given).size(), given.size(), "each instruction once: " + given);
        assertEquals("ANTIVIRAL_PROPHYLAXIS", decision.preparation().get(0).code(), "the fired rule's own first");
        assertTrue(given.containsAll(byCode.keySet()), "the standard instructions are all still given");
        assertDated(decision);
    }

    /** Every window runs from treatment day + fromDay to treatment day + toDay. */
    private static void assertDated(ScreeningDecision decision) {
        List<InstructionView> all = new ArrayList<>(decision.preparation());
        all.addAll(decision.aftercare());
        for (InstructionView view : all) {
            assertEquals(view.fromDay() == null ? null : decision.evaluationDate().plusDays(view.fromDay()),
                    view.startDate(), view.code());
            assertEquals(view.toDay() == null ? null : decision.evaluationDate().plusDays(view.toDay()),
                    view.endDate(), view.code());
        }
    }

    private static List<String> codes(List<InstructionView> views) {
        return views.stream().map(InstructionView::code).toList();
    }
}
