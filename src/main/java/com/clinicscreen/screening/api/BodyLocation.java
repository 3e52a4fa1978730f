package com.clinicscreen.screening.api;

import com.clinicscreen.screening.domain.TreatmentArea;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where on the body a condition is; the treatment areas plus sites that are never treated. */
public enum BodyLocation {
    FACE, NECK, CHEST, HANDS, ABDOMEN, THIGHS_BUTTOCKS, ARMS, BACK, SCALP, GENITAL, OTHER;

    /**
     * Regions that share a border: a cold sore "in or near the area" (reference §1.2 #4) on the face counts
     * when the neck is treated. A location or an area the patient could not name (OTHER) is near every one.
     */
    private static final Map<BodyLocation, Set<TreatmentArea>> NEIGHBOURS = Map.ofEntries(
            Map.entry(FACE, EnumSet.of(TreatmentArea.NECK, TreatmentArea.SCALP)),
            Map.entry(NECK, EnumSet.of(TreatmentArea.FACE, TreatmentArea.SCALP, TreatmentArea.CHEST, TreatmentArea.BACK)),
            Map.entry(SCALP, EnumSet.of(TreatmentArea.FACE, TreatmentArea.NECK)),
            Map.entry(CHEST, EnumSet.of(TreatmentArea.NECK, TreatmentArea.ABDOMEN, TreatmentArea.ARMS)),
            Map.entry(ABDOMEN, EnumSet.of(TreatmentArea.CHEST, TreatmentArea.THIGHS_BUTTOCKS, TreatmentArea.BACK)),
            Map.entry(BACK, EnumSet.of(TreatmentArea.NECK, TreatmentArea.ABDOMEN, TreatmentArea.THIGHS_BUTTOCKS, TreatmentArea.ARMS)),
            Map.entry(ARMS, EnumSet.of(TreatmentArea.HANDS, TreatmentArea.CHEST, TreatmentArea.BACK)),
            Map.entry(HANDS, EnumSet.of(TreatmentArea.ARMS)),
            Map.entry(THIGHS_BUTTOCKS, EnumSet.of(TreatmentArea.ABDOMEN, TreatmentArea.BACK)),
            Map.entry(GENITAL, EnumSet.of(TreatmentArea.ABDOMEN, TreatmentArea.THIGHS_BUTTOCKS)),
            Map.entry(OTHER, EnumSet.allOf(TreatmentArea.class)));

    /** A condition "in the treatment area" is one at a location the patient wants treated. */
    public boolean isWithin(Collection<TreatmentArea> areas) {
        for (TreatmentArea area : areas) {
            if (area.name().equals(name())) {
                return true;
            }
        }
        return false;
    }

    /** Within a treated area or next to one. */
    public boolean isWithinOrNextTo(Collection<TreatmentArea> areas) {
        if (isWithin(areas) || areas.contains(TreatmentArea.OTHER)) {
            return true;
        }
        Set<TreatmentArea> neighbours = NEIGHBOURS.get(this);
        return areas.stream().anyMatch(neighbours::contains);
    }
}
