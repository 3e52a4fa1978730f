package com.clinicscreen.screening.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.DecisionStatus;
import com.clinicscreen.screening.domain.Finding;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Findings;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole table transcribed from reference §1.2, §4.2 and §4.3 (test resources, written without
 * looking at the policy file): for each row, a patient with only that finding is screened for that
 * treatment, as the requested treatment and as a suggested alternative, and both statuses must be among
 * those the reference allows. Engine only, no Quarkus.
 */
public class ReferenceMatrixTest {

    static final LocalDate EVALUATION_DATE = LocalDate.of(2026, 6, 15);

    /** One row of the transcribed table. */
    public record Row(int line, FindingCode finding, Integer daysAgo, String treatment, Set<DecisionStatus> allowed,
            String reference) {

        Findings findings() {
            LocalDate date = daysAgo == null ? null : EVALUATION_DATE.minusDays(daysAgo);
            return Findings.builder().add(new Finding(finding, Certainty.CONFIRMED, date, List.of())).build();
        }
    }

    public static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = ReferenceMatrixTest.class.getResourceAsStream("/reference/alternatives-matrix.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", 5);
                Set<DecisionStatus> allowed = EnumSet.noneOf(DecisionStatus.class);
                Arrays.stream(cells[3].split("\\|")).map(String::trim).map(DecisionStatus::valueOf).forEach(allowed::add);
                rows.add(new Row(number, FindingCode.valueOf(cells[0].trim()),
                        cells[1].isBlank() ? null : Integer.valueOf(cells[1].trim()), cells[2].trim(), allowed,
                        cells[4].replace("\"", "").trim()));
            }
        }
        return rows;
    }

    @Test
    void everyTreatmentDoesWhatTheReferenceAllowsWithEveryFinding() throws IOException {
        Policy policy = PolicyLoader.fromClasspath(PolicyLoader.DEFAULT_POLICY_RESOURCE);
        List<Row> rows = rows();
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            Findings findings = policy.implications().expand(row.findings());
            var treatment = policy.treatments().get(row.treatment());
            for (boolean asAlternative : new boolean[] {false, true}) {
                DecisionStatus status = RuleEvaluator.screen(treatment, findings, EVALUATION_DATE, asAlternative, false)
                        .status();
                if (!row.allowed().contains(status)) {
                    failures.add("line " + row.line() + ": " + row.treatment() + " with " + row.finding()
                            + (row.daysAgo() == null ? "" : " (" + row.daysAgo() + " days ago)")
                            + (asAlternative ? " as an alternative" : " as requested") + " is " + status
                            + "; " + row.reference() + " allows " + row.allowed());
                }
            }
        }
        assertTrue(rows.size() > 300, "the transcribed table has " + rows.size() + " rows");
        assertTrue(failures.isEmpty(), failures.size() + " of " + rows.size() * 2 + " checks disagree with the "
                + "reference:\n" + String.join("\n", failures));
    }
}
