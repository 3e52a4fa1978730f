package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings that imply others (chemotherapy implies immunosuppression), closed transitively at start. An
 * implied finding carries the certainty, date and answers of the finding it comes from.
 */
public record Implications(Map<FindingCode, Set<FindingCode>> closure) {

    public static final Implications NONE = new Implications(new EnumMap<>(FindingCode.class));

    public Set<FindingCode> of(FindingCode code) {
        return closure.getOrDefault(code, Set.of());
    }

    /** The findings plus everything they imply; the same object when nothing is implied. */
    public Findings expand(Findings findings) {
        Findings.Builder builder = null;
        for (Finding finding : findings.all()) {
            Set<FindingCode> implied = of(finding.code());
            if (implied.isEmpty()) {
                continue;
            }
            if (builder == null) {
                builder = Findings.builder();
                for (Finding original : findings.all()) {
                    builder.add(original);
                }
            }
            for (FindingCode code : implied) {
                builder.add(new Finding(code, finding.certainty(), finding.date(), finding.answers()));
            }
        }
        return builder == null ? findings : builder.build();
    }

    /** Every finding a rule can be reached through, for a code that rules name directly. */
    public boolean reaches(FindingCode from, Set<FindingCode> named) {
        return named.contains(from) || of(from).stream().anyMatch(named::contains);
    }

    static List<FindingCode> sorted(Set<FindingCode> codes) {
        return codes.stream().sorted().toList();
    }
}
