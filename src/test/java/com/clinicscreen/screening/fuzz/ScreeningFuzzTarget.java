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

    /** How far an input got: not JSON of the request's shape, refused by validation, or decided. */
    public enum Reached { UNREADABLE, REFUSED, DECIDED }

    /** What an input reached, with its decision when it got one. */
    public record Result(Reached reached, ScreeningDecision decision) {}

    public static void fuzzerTestOneInput(byte[] input) {
        check(input);
    }

    /** Runs one input through the service's path and checks the invariants; says how far it got. */
    public static Result check(byte[] input) {
        ScreeningRequest request;
        try {
            request = Intake.MAPPER.readValue(input, ScreeningRequest.class);
        } catch (JsonProcessingException | CharConversionException e) {
            return new Result(Reached.UNREADABLE, null);
        } catch (IOException e) {
            throw new AssertionError("reading bytes in memory cannot fail with I/O", e);
        }
        ScreeningDecision decision;
        try {
            decision = SERVICE.screen(request, input.length % 2 == 0 ? Language.EN : Language.ES, input.length % 3 == 0);
        } catch (InvalidRequestException e) {
            assertFalse(e.errors().isEmpty(), "a refused request names at least one field");
            return new Result(Reached.REFUSED, null);
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
        return new Result(Reached.DECIDED, decision);
    }
}
