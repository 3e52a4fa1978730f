package com.clinicscreen.screening.engine;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.policy.Rule;
import com.clinicscreen.screening.policy.RuleCase;
import com.clinicscreen.screening.policy.Treatment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A treatment's rule cases by the finding they test, built once per policy: screening then looks only at
 * the cases of the findings a patient has, instead of asking every case of every rule whether its finding
 * is there (a patient has a handful of findings; a treatment has some 90 rules).
 */
final class CaseIndex {

    /** A case with where it stands: its rule's position in the treatment, its own within the rule. */
    record Entry(int rulePosition, int casePosition, Rule rule, RuleCase ruleCase) {}

    private static final Entry[] NONE = new Entry[0];

    private final int ruleCount;
    private final Map<FindingCode, Entry[]> byFinding = new EnumMap<>(FindingCode.class);

    CaseIndex(Treatment treatment) {
        Map<FindingCode, List<Entry>> entries = new EnumMap<>(FindingCode.class);
        List<Rule> rules = treatment.rules();
        for (int r = 0; r < rules.size(); r++) {
            List<RuleCase> cases = rules.get(r).cases();
            for (int c = 0; c < cases.size(); c++) {
                entries.computeIfAbsent(cases.get(c).finding(), code -> new ArrayList<>())
                        .add(new Entry(r, c, rules.get(r), cases.get(c)));
            }
        }
        entries.forEach((code, list) -> byFinding.put(code, list.toArray(NONE)));
        this.ruleCount = rules.size();
    }

    /** The cases that test {@code code}, in rule order and, within a rule, case order. */
    Entry[] casesOf(FindingCode code) {
        Entry[] entries = byFinding.get(code);
        return entries == null ? NONE : entries;
    }

    int ruleCount() {
        return ruleCount;
    }
}
