package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.policy.GoalStrength;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine decided for one intake: the requested treatment's screening and what it means for a
 * booking, and the alternatives this patient may have.
 *
 * @param eligibleFrom the first day the patient can be booked without anyone's decision; null when a
 *     clinician must decide, something must resolve first, or the patient is not eligible
 * @param notBefore for a deferral, the first day any booking is possible (the latest deferral date)
 * @param afterDeferral for a deferral, the status the same findings get when screened on {@code notBefore}
 *     (or on the evaluation date when only resolutions defer) with everything awaiting a resolution
 *     resolved: CLINICIAN_REVIEW when a deferral ends in a review or another reason still needs one
 */
public record Screening(TreatmentScreening requested, LocalDate evaluationDate, LocalDate eligibleFrom,
        LocalDate notBefore, DecisionStatus afterDeferral, List<Alternative> alternatives) {

    /**
     * A suggested treatment: its own screening, the goals it addresses and how well, the first day it can be
     * booked (the evaluation date, or the end of its date deferrals) and its status on that day.
     */
    public record Alternative(TreatmentScreening screening, Map<Goal, GoalStrength> covered, LocalDate bookableFrom,
            DecisionStatus bookableStatus) {}
}
