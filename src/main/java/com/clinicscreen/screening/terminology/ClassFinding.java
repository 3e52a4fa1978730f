package com.clinicscreen.screening.terminology;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;

/** A finding a terminology class stands for, and how certain the class makes it. */
public record ClassFinding(FindingCode code, Certainty certainty) {}
