package com.clinicscreen.screening.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.ReasonView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.service.InvalidRequestException;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;

/**
 * Fuzz target: request bytes -> strict JSON reading -> validation -> evaluation, as the service does
 * it. Any input must end as a decision whose invariants hold or as a client error naming at least one
 * field; any other exception or a failed invariant is a finding. Jazzer calls {@link #fuzzerTestOneInput}.
 */
public final class ScreeningFuzzTarget {

    private static final ScreeningService SERVICE = TestScreening.service();

    private ScreeningFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] input) {
        ScreeningRequest request;
        try {
            request = Intake.MAPPER.readValue(input, ScreeningRequest.class);
        } catch (JsonProcessingException | CharConversionException e) {
            return;
        } catch (IOException e) {
            throw new AssertionError("reading bytes in memory cannot fail with I/O", e);
        }
        ScreeningDecision decision;
        try {
            decision = SERVICE.screen(request, input.length % 2 == 0 ? Language.EN : Language.ES, input.length % 3 == 0);
        } catch (InvalidRequestException e) {
            assertFalse(e.errors().isEmpty(), "a refused request names at least one field");
            return;
        }
        assertNotNull(decision.status());
        assertEquals(decision.status().isEligible(), decision.eligible());
        DecisionStatus strongest = DecisionStatus.ELIGIBLE;
        for (ReasonView reason : decision.reasons()) {
            assertTrue(reason.summary().length() <= 140);
            strongest = strongest.strongest(reason.outcome().status());
        }
        assertEquals(strongest, decision.status(), "status is the highest precedence of all reasons");
        if (decision.status() == DecisionStatus.NOT_ELIGIBLE) {
            assertEquals(null, decision.eligibleFrom());
        } else if (decision.eligibleFrom() != null) {
            assertFalse(decision.eligibleFrom().isBefore(decision.evaluationDate()));
        }
        decision.alternatives().forEach(a -> assertFalse(a.goalsCovered().isEmpty()));
    }
}
