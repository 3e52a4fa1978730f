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
 * @param afterDeferral for a deferral, the status that applies once every deferral has ended
 *     (CLINICIAN_REVIEW when a deferral ends in a review)
 */
public record Screening(TreatmentScreening requested, LocalDate evaluationDate, LocalDate eligibleFrom,
        LocalDate notBefore, DecisionStatus afterDeferral, List<Alternative> alternatives) {

    /** A suggested treatment: its own screening, the goals it addresses and how well. */
    public record Alternative(TreatmentScreening screening, Map<Goal, GoalStrength> covered) {}
}
