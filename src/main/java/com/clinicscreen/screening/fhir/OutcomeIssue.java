package com.clinicscreen.screening.fhir;

/**
 * One problem with a FHIR request, written as an OperationOutcome issue: the FHIR issue type code,
 * the item's linkId when one is at fault, and what is wrong.
 */
public record OutcomeIssue(String code, String linkId, String message) {}
