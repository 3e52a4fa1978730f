package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.policy.Rule;
import com.clinicscreen.screening.policy.RuleCase;
import java.util.List;

/** Every case of one evaluated rule with what it found; {@code fired} is null when the rule did not fire. */
public record RuleTrace(Rule rule, FiredRule fired, List<CaseTrace> cases) {

    public record CaseTrace(RuleCase ruleCase, CaseResult result, Finding finding) {}
}
