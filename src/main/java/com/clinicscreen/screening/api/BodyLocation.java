package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.TreatmentArea;
/** Where on the body a condition is; the treatment areas plus sites that are never treated. */
public enum BodyLocation {
    FACE, NECK, CHEST, HANDS, ABDOMEN, THIGHS_BUTTOCKS, ARMS, BACK, SCALP, GENITAL, OTHER;

    /** A condition "in the treatment area" is one at a location the patient wants treated. */
    public boolean isWithin(java.util.Collection<TreatmentArea> areas) {
        for (TreatmentArea area : areas) {
            if (area.name().equals(name())) {
                return true;
            }
        }
        return false;
    }
}
