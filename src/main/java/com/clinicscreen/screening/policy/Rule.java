package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.RuleCategory;
import java.util.List;

/** A rule of one treatment; {@code definedIn} is the treatment whose file entry holds it. */
public record Rule(String code, RuleCategory category, String ref, List<SourceRef> sources, List<RuleCase> cases,
        String definedIn) {}
