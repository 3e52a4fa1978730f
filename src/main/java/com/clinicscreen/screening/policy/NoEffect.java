package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.FindingCode;

/**
 * The policy's explicit statement that a rule (or one finding of it, when {@code finding} is set) does not
 * change a treatment's decision, with the reason: a reference row or a [policy] choice.
 *
 * @param overrideJustification set when a clinic override made it so
 */
public record NoEffect(String rule, FindingCode finding, String because, String overrideJustification) {}
