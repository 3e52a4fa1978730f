package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.policy.ClinicOverlay.ClinicOverride;
import com.clinicscreen.screening.policy.PolicyDocument.TreatmentDef;
import com.clinicscreen.screening.policy.RuleCompiler.RuleSpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a policy document and the clinic's settings, and builds the indexed {@link Policy}: it runs each
 * part's compiler in the order their dependencies need (parameters before the texts that render them, rules
 * before the treatments that answer them, all treatments before the caution checks across them) and throws
 * every problem they found at once, each with the file and the entry it concerns. Fail closed by
 * construction: every treatment must state what it does with every rule, and every finding the intake can
 * raise must reach a rule.
 */
public final class PolicyCompiler {

    /** The outcome word a policy or clinic file writes for "this rule does not change this treatment". */
    static final String NO_EFFECT = "NO_EFFECT";

    private PolicyCompiler() {}

    /** Builds the base policy alone, or throws a {@link PolicyException} listing every problem found. */
    public static Policy compile(PolicyDocument doc, String location, String sha256) {
        return compile(doc, location, sha256, null, null, null);
    }

    /** Builds the policy with the clinic's settings applied (when given), or throws listing every problem. */
    public static Policy compile(PolicyDocument doc, String location, String sha256, ClinicSettingsDocument clinic,
            String clinicLocation, String clinicSha256) {
        CompileProblems problems = new CompileProblems(location, clinicLocation);
        PolicyDocument.Info info = doc.policy();
        if (info == null || blank(info.id()) || blank(info.version())) {
            problems.problem("policy", "'id' and 'version' are required");
        }
        LocalizedText unsure = doc.uncertainty() == null ? null : doc.uncertainty().unsure();
        LocalizedText notAsked = doc.uncertainty() == null ? null : doc.uncertainty().notAsked();
        problems.requireText(unsure, "uncertainty.unsure");
        problems.requireText(notAsked, "uncertainty.notAsked");

        ClinicOverlay overlay = new ClinicOverlay(problems, clinicLocation);
        ClinicProfile profile = clinic == null ? null : overlay.profile(clinic, clinicSha256);
        PolicyValues values = new PolicyValues(problems);
        ParameterCompiler parameterCompiler = new ParameterCompiler(problems, values);
        Map<String, Parameter> parameters = parameterCompiler.parameters(doc.parameters(),
                clinic == null ? null : clinic.parameters());
        if (!parameters.containsKey(Policy.HBA1C_PARAMETER) || parameters.get(Policy.HBA1C_PARAMETER).number() == null) {
            problems.problem("parameters." + Policy.HBA1C_PARAMETER, "a number (HbA1c %) is required");
        }
        PolicyTexts texts = new PolicyTexts(problems, parameters);
        InstructionCompiler references = new InstructionCompiler(problems, parameters, texts);
        references.compileSources(doc.sources());
        references.compileInstructions(doc.instructions());
        RuleCompiler ruleCompiler = new RuleCompiler(problems, values, parameters, texts, references);
        Implications implications = ruleCompiler.implications(doc.implications());
        Map<String, RuleSpec> rules = ruleCompiler.rules(doc.rules());
        ruleCompiler.checkEveryFindingReachesARule(rules, implications);
        parameterCompiler.checkOrders(parameters, ruleCompiler.parameterOrders());
        Map<String, Toggle> toggles = parameterCompiler.toggles(doc.toggles(), clinic == null ? null : clinic.toggles(),
                rules.keySet());

        TreatmentCompiler treatmentCompiler = new TreatmentCompiler(problems, values, parameters, rules, toggles, texts,
                references);
        Map<String, TreatmentDef> defs = treatmentCompiler.definitions(doc.treatments());
        Set<String> offered = overlay.offeredTreatments(defs, clinic == null ? null : clinic.offeredTreatments());
        Map<String, List<ClinicOverride>> overrides = overlay.overrides(clinic == null ? null : clinic.overrides(), defs,
                rules);
        Map<String, Treatment> treatments = new LinkedHashMap<>();
        Map<String, Map<String, Map<FindingCode, RuleCase>>> primaryOutcomes = new HashMap<>();
        for (TreatmentDef def : defs.values()) {
            Map<String, Map<FindingCode, RuleCase>> outcomes = new HashMap<>();
            treatments.put(def.code(), treatmentCompiler.treatment(def, offered.contains(def.code()),
                    overrides.getOrDefault(def.code(), List.of()), outcomes));
            primaryOutcomes.put(def.code(), outcomes);
        }
        new CautionChecks(problems).checkAtLeastAsCautious(treatments, primaryOutcomes);
        if (problems.count() > 0) {
            throw new PolicyException(problems.all());
        }
        return new Policy(info.id(), info.version(), info.title(), sha256, location, profile, parameters, toggles,
                unsure, notAsked, implications, Collections.unmodifiableMap(treatments));
    }
}
