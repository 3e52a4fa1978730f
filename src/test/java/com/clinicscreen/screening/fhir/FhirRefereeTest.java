package com.clinicscreen.screening.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The referee is real: it accepts a valid resource and rejects a broken one. */
class FhirRefereeTest {

    @Test
    void validOperationOutcomePasses() {
        assertEquals(List.of(), FhirReferee.errors("""
                {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid","diagnostics":"x"}]}"""));
    }

    @Test
    void questionnaireWithoutStatusAndWithABadItemTypeFails() {
        assertFalse(FhirReferee.errors("""
                {"resourceType":"Questionnaire","item":[{"linkId":"Q1","type":"yes-no","text":"?"}]}""").isEmpty());
    }
}
