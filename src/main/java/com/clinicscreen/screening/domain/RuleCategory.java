package com.clinicscreen.screening.domain;

/** Reference legend: A = absolute, T = temporary, R = relative. */
public enum RuleCategory { ABSOLUTE, TEMPORARY, RELATIVE }
