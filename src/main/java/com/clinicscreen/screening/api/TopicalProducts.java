package com.clinicscreen.screening.api;

import java.time.LocalDate;
import java.util.List;

/** Q08: active topical products used on the area in the last 14 days and the date of last use. */
public record TopicalProducts(YesNoUnsure status, List<Product> products, LocalDate lastUseDate) {
    public enum Product { RETINOID, AHA, BHA, BENZOYL_PEROXIDE, HYDROQUINONE, OTHER_PRESCRIPTION }
}
