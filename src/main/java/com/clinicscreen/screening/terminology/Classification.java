package com.clinicscreen.screening.terminology;

import java.util.List;

/**
 * What the terminology says of one code or name: the classes it belongs to (none for a code known to be
 * of no concern, such as a thrombophilia) and the source's display of it.
 */
public record Classification(List<TerminologyClass> classes, String display) {}
