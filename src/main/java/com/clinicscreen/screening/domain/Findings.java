package com.clinicscreen.screening.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The findings of one intake, at most one per code. */
public final class Findings {

    private final Map<FindingCode, Finding> byCode;

    private Findings(Map<FindingCode, Finding> byCode) {
        this.byCode = byCode;
    }

    public Optional<Finding> get(FindingCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every finding, for callers that combine findings from several origins. */
    public Iterable<Finding> all() {
        return byCode.values();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects findings; when a code is added twice the more cautious (confirmed, later-dated) one stays. */
    public static final class Builder {
        private final EnumMap<FindingCode, Finding> byCode = new EnumMap<>(FindingCode.class);

        public Builder add(Finding finding) {
            byCode.merge(finding.code(), finding, Builder::moreCautious);
            return this;
        }

        private static Finding moreCautious(Finding a, Finding b) {
            if (a.certainty() != b.certainty()) {
                return a.certainty().ordinal() < b.certainty().ordinal() ? a : b;
            }
            if (a.date() == null || b.date() == null) {
                return a.date() == null ? a : b;
            }
            return a.date().isAfter(b.date()) ? a : b;
        }

        public Findings build() {
            return new Findings(byCode);
        }
    }
}
