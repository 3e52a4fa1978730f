package com.clinicscreen.screening.terminology;

import java.util.List;

/**
 * A class of medications or conditions (data: terminology/classes.tsv): the findings of a current
 * medication or an active condition, and those of a condition recorded as inactive or resolved (only a
 * lifelong finding has them; for the others an inactive condition says nothing).
 */
public record TerminologyClass(String name, List<ClassFinding> active, List<ClassFinding> inactive, String label) {

    public boolean lifelong() {
        return !inactive.isEmpty();
    }
}
