package com.clinicscreen.screening.policy;

/** A reference source a rule or instruction rests on (reference §0 id, label, optional URL). */
public record SourceRef(String id, String label, String url) {}
