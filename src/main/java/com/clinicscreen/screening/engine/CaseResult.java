package com.clinicscreen.screening.engine;

/** Why a case of a rule did or did not fire, for explain mode. */
public enum CaseResult { MATCHED, NO_FINDING, OUTSIDE_PERIOD }
