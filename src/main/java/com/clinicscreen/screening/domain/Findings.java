package com.clinicscreen.screening.domain;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Collects findings; when a code is added twice (two answers, or a record and an intake) the more
     * cautious one stays: an answered finding over a question not asked, one without a date (it applies in
     * every window) over a dated one, confirmed over unsure, the later date over the earlier.
     */
    public static final class Builder {
        private final EnumMap<FindingCode, Finding> byCode = new EnumMap<>(FindingCode.class);

        public Builder add(Finding finding) {
            byCode.merge(finding.code(), finding, Builder::moreCautious);
            return this;
        }

        /**
         * Adds a finding another answer may have raised too (a listed medicine and its class question): the
         * more cautious stays, naming the answers behind both, so neither source is hidden.
         */
        public Builder addNamingBoth(Finding finding) {
            byCode.merge(finding.code(), finding, (a, b) -> {
                Finding kept = moreCautious(a, b);
                Set<AnswerRef> answers = new LinkedHashSet<>(a.answers());
                answers.addAll(b.answers());
                return new Finding(kept.code(), kept.certainty(), kept.date(), List.copyOf(answers));
            });
            return this;
        }

        private static Finding moreCautious(Finding a, Finding b) {
            boolean aAsked = a.certainty() != Certainty.NOT_ASKED;
            boolean bAsked = b.certainty() != Certainty.NOT_ASKED;
            if (aAsked != bAsked) {
                return aAsked ? a : b;
            }
            if ((a.date() == null) != (b.date() == null)) {
                return a.date() == null ? a : b;
            }
            if (a.certainty() != b.certainty()) {
                return a.certainty().ordinal() < b.certainty().ordinal() ? a : b;
            }
            if (a.date() == null) {
                return a;
            }
            return a.date().isAfter(b.date()) ? a : b;
        }

        public Findings build() {
            return new Findings(byCode);
        }
    }
}
