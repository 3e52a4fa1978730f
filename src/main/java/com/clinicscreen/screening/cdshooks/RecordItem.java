package com.clinicscreen.screening.cdshooks;

/**
 * A medication or condition in the record that the service could not classify, named so the clinician
 * knows what was not considered: the resource, its display or text, each coding as system|code, and why.
 */
public record RecordItem(String reference, String display, String codes, Why why) {

    /** Why an item was not considered. */
    public enum Why { NOT_IN_TERMINOLOGY, MEDICATION_NOT_READABLE }
}
