package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.policy.ClinicSettingsDocument.OverrideDef;
import com.clinicscreen.screening.policy.PolicyDocument.TreatmentDef;
import com.clinicscreen.screening.policy.RuleCompiler.RuleSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a clinic's settings put on top of the policy besides its parameters and toggles: who the clinic is,
 * the treatments it offers, and its justified per-rule overrides.
 */
final class ClinicOverlay {

    static final int JUSTIFICATION_MIN_LENGTH = 20;

    /**
     * One override as the clinic wrote it: for {@code rule} (and only {@code finding} of it, when set) the
     * outcome {@code outcome} (or NO_EFFECT), and where it is written ({@code path}, e.g. overrides[0]).
     */
    record ClinicOverride(String rule, FindingCode finding, String outcome, String justification, String path) {}

    private final CompileProblems problems;
    private final String clinicLocation;

    ClinicOverlay(CompileProblems problems, String clinicLocation) {
        this.problems = problems;
        this.clinicLocation = clinicLocation;
    }

    ClinicProfile profile(ClinicSettingsDocument clinic, String sha256) {
        if (clinic.clinic() == null || blank(clinic.clinic().id()) || blank(clinic.clinic().name())) {
            problems.clinicProblem("clinic", "'id' and 'name' are required");
            return new ClinicProfile(null, null, clinicLocation, sha256);
        }
        return new ClinicProfile(clinic.clinic().id(), clinic.clinic().name(), clinicLocation, sha256);
    }

    /** The treatments offered: all of them without clinic settings or without the clinic's list. */
    Set<String> offeredTreatments(Map<String, TreatmentDef> defs, List<String> fromClinic) {
        if (fromClinic == null) {
            return defs.keySet();
        }
        Set<String> offered = new LinkedHashSet<>();
        for (int i = 0; i < fromClinic.size(); i++) {
            String code = fromClinic.get(i);
            if (!defs.containsKey(code)) {
                problems.clinicProblem("offeredTreatments[" + i + "]", "unknown treatment '" + code + "' (known: "
                        + String.join(", ", defs.keySet()) + ")");
            } else if (!offered.add(code)) {
                problems.clinicProblem("offeredTreatments[" + i + "]", "'" + code + "' is listed twice");
            }
        }
        if (offered.stream().noneMatch(code -> Boolean.TRUE.equals(defs.get(code).requestable()))) {
            problems.clinicProblem("offeredTreatments", "offers none of the treatments an intake screens fully ("
                    + String.join(", ", defs.values().stream().filter(d -> Boolean.TRUE.equals(d.requestable()))
                            .map(TreatmentDef::code).toList()) + ")");
        }
        return offered;
    }

    /** The clinic's overrides that can be applied, by treatment code; every broken one is reported. */
    Map<String, List<ClinicOverride>> overrides(List<OverrideDef> defs, Map<String, TreatmentDef> treatments,
            Map<String, RuleSpec> rules) {
        Map<String, List<ClinicOverride>> byTreatment = new HashMap<>();
        if (defs == null) {
            return byTreatment;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < defs.size(); i++) {
            OverrideDef def = defs.get(i);
            String path = "overrides[" + i + "]";
            if (def == null) {
                problems.clinicProblem(path, "empty entry");
                continue;
            }
            RuleSpec rule = rules.get(def.rule());
            if (rule == null) {
                problems.clinicProblem(path + ".rule", "unknown rule '" + def.rule() + "'");
            }
            if (!treatments.containsKey(def.treatment())) {
                problems.clinicProblem(path + ".treatment", "unknown treatment '" + def.treatment() + "'");
            }
            FindingCode finding = def.finding() == null ? null
                    : problems.enumValue(FindingCode.class, def.finding(), path + ".finding", true);
            if (finding != null) {
                if (rule != null && rule.triggers().stream().noneMatch(t -> t.finding() == finding)) {
                    problems.clinicProblem(path + ".finding", "rule " + def.rule() + " does not fire on " + finding);
                }
            }
            boolean noEffect = PolicyCompiler.NO_EFFECT.equals(def.outcome());
            Outcome outcome = noEffect ? null : problems.enumValue(Outcome.class, def.outcome(), path + ".outcome", true);
            if (blank(def.justification()) || def.justification().strip().length() < JUSTIFICATION_MIN_LENGTH) {
                boolean weakensAbsolute = rule != null && rule.category() == RuleCategory.ABSOLUTE
                        && (noEffect || (outcome != null && outcome != Outcome.NOT_ELIGIBLE));
                problems.clinicProblem(path + ".justification", (weakensAbsolute
                        ? "makes the ABSOLUTE rule " + def.rule() + " less cautious: a written clinical justification"
                        : "a written clinical justification") + " of at least " + JUSTIFICATION_MIN_LENGTH
                        + " characters is required");
            }
            if (!seen.add(def.treatment() + "/" + def.rule() + "/" + def.finding())) {
                problems.clinicProblem(path, "a second override of " + def.rule() + " for " + def.treatment());
            }
            if (rule != null && treatments.containsKey(def.treatment()) && (noEffect || outcome != null)) {
                byTreatment.computeIfAbsent(def.treatment(), k -> new ArrayList<>())
                        .add(new ClinicOverride(def.rule(), finding, def.outcome(), def.justification(), path));
            }
        }
        return byTreatment;
    }
}
