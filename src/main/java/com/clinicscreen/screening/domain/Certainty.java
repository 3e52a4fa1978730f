package com.clinicscreen.screening.domain;

/**
 * How sure a finding is. UNSURE comes from an explicit "unsure" answer; NOT_ASKED from a question
 * that was not part of this intake (e.g. RF-only questions when plain microneedling was requested).
 * Neither is ever read as "no".
 */
public enum Certainty { CONFIRMED, UNSURE, NOT_ASKED }
