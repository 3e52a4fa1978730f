package com.clinicscreen.screening.terminology;

import java.util.List;

/** A medicine name found in free text: the name as the data holds it, and its classes. */
public record NameMatch(String name, List<TerminologyClass> classes) {}
