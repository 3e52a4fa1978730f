package com.clinicscreen.screening.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient finding: what it is, how certain, the date it refers to (last dose, procedure date,
 * due date, date of birth...) when one applies, and the answers it came from.
 */
public record Finding(FindingCode code, Certainty certainty, LocalDate date, List<AnswerRef> answers) {}
