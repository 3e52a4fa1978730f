package com.clinicscreen.screening.policy;

import java.math.BigDecimal;
import java.time.Period;

/**
 * A reference §7 parameter in effect: a period or a number, its policy default, the range a clinic may
 * set it within, and whether the clinic settings set it.
 */
public record Parameter(String name, String value, Period period, BigDecimal number, String defaultValue,
        String min, String max, String ref, boolean setByClinic) {}
