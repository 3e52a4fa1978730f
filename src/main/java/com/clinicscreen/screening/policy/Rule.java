package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.RuleCategory;
import java.util.List;

/**
 * A rule as one treatment applies it: the rule's code, category, reference row and sources (written once
 * in the policy) and this treatment's cases. {@code effectRef} is the reference row for this treatment's
 * outcome when it differs from the rule's own.
 */
public record Rule(String code, RuleCategory category, String ref, List<SourceRef> sources, List<RuleCase> cases,
        String effectRef) {}
