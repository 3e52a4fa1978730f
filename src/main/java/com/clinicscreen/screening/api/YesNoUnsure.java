package com.clinicscreen.screening.api;

/** Answer to a safety question. UNSURE is a valid answer and is screened as a possible "yes". */
public enum YesNoUnsure { YES, NO, UNSURE }
