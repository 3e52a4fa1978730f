package com.clinicscreen.screening.policy;

/**
 * A clinic override in force on a rule case, so whoever reads the case sees that the clinic changed it and why.
 *
 * @param entry where the clinic-settings file writes it, e.g. {@code overrides[0]}
 * @param policyOutcome what the policy gives for this rule and finding without the override: an outcome name
 *     or NO_EFFECT
 * @param justification the clinic's written clinical justification
 */
public record AppliedOverride(String entry, String policyOutcome, String justification) {}
