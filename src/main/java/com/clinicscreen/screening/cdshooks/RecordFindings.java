package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Findings;
import java.util.List;
import java.util.Set;

/**
 * What an EHR record says: findings from coded data (and from the latest completed intake when there is
 * one), the completed intake itself, and which questionnaire items the record answered without it.
 */
public record RecordFindings(Findings findings, ScreeningRequest intake, Set<String> answeredByRecord,
        List<String> intakeProblems) {

    public boolean hasIntake() {
        return intake != null;
    }
}
