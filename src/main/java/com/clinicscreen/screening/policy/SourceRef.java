package com.clinicscreen.screening.policy;

/**
 * A reference source a rule or instruction rests on (reference §0 id, label, optional URL); primary when
 * the reference lists it among its primary sources (labels, regulators, peer-reviewed papers, guidelines).
 */
public record SourceRef(String id, String label, String url, boolean primary) {}
