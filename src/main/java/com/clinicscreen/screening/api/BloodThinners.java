package com.clinicscreen.screening.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Q09: prescribed anticoagulants or antiplatelets. */
public record BloodThinners(
        @Schema(description = "Takes a prescribed anticoagulant or antiplatelet.") YesNoUnsure status,
        @Schema(description = "Which medicines; required when YES. OTHER is screened as an anticoagulant.") List<@NotNull(message = "field.not-null") Medicine> medicines) {
    @Schema(name = "BloodThinnerMedicine")
    public enum Medicine {
        WARFARIN(true), APIXABAN(true), RIVAROXABAN(true), DABIGATRAN(true), EDOXABAN(true), HEPARIN(true),
        ENOXAPARIN(true), CLOPIDOGREL(false), PRASUGREL(false), TICAGRELOR(false), ASPIRIN_PRESCRIBED(false),
        OTHER(true);

        private final boolean anticoagulant;

        Medicine(boolean anticoagulant) {
            this.anticoagulant = anticoagulant;
        }

        /** Drug class; OTHER counts as an anticoagulant so an unnamed medicine is never under-screened. */
        public boolean isAnticoagulant() {
            return anticoagulant;
        }
    }
}
