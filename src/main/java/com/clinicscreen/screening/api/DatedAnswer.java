package com.clinicscreen.screening.api;

import java.time.LocalDate;

/** A yes/no/unsure answer with the date it last happened (required when the answer is YES). */
public record DatedAnswer(YesNoUnsure status, LocalDate date) {}
