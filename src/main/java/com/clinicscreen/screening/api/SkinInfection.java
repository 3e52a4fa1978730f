package com.clinicscreen.screening.api;

import java.util.List;

/** Q19: a skin infection in the treatment area now. */
public record SkinInfection(YesNoUnsure status, List<Kind> kinds) {
    public enum Kind { BACTERIAL, FUNGAL, VIRAL, WARTS_MOLLUSCUM }
}
