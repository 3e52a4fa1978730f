package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.Findings;
import java.util.List;
import java.util.Set;

/**
 * What an EHR record says: findings from coded data (and from the latest completed intake when there is
 * one), the completed intake itself, which questionnaire items the record answered without it, the record
 * items the service could not classify, and the record's findings that the completed intake did not report
 * (the record is used: the more cautious wins).
 */
public record RecordFindings(Findings findings, ScreeningRequest intake, Set<String> answeredByRecord,
        List<String> intakeProblems, List<RecordItem> unclassified, List<Finding> notInIntake) {

    public boolean hasIntake() {
        return intake != null;
    }
}
