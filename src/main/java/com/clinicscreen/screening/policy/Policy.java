package com.clinicscreen.screening.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A checked, indexed policy: built once at start, shared read-only by every request.
 *
 * @param sha256 hex SHA-256 of the file's bytes, reported with every decision
 * @param treatments the catalog in file order, by code
 */
public record Policy(String id, String version, String title, String sha256, String location,
        BigDecimal hba1cUncontrolledAtOrAbove, LocalizedText unsureNote, LocalizedText notAskedNote,
        Map<String, Treatment> treatments) {}
