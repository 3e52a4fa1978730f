package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.api.Goal;
import com.clinicscreen.screening.api.TreatmentArea;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.policy.PolicyDocument.CaseDef;
import com.clinicscreen.screening.policy.PolicyDocument.InstructionDef;
import com.clinicscreen.screening.policy.PolicyDocument.ReasonText;
import com.clinicscreen.screening.policy.PolicyDocument.RuleDef;
import com.clinicscreen.screening.policy.PolicyDocument.SessionGuidanceDef;
import com.clinicscreen.screening.policy.PolicyDocument.TreatmentDef;
import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a policy document and builds the indexed {@link Policy}. Every problem is collected with the
 * path of the entry it concerns, so a clinic fixing its file sees all of them at once.
 */
public final class PolicyCompiler {

    static final int SUMMARY_MAX_LENGTH = 140;

    private final String location;
    private final List<String> problems = new ArrayList<>();
    private Map<String, SourceRef> sources = Map.of();
    private Map<String, Instruction> instructions = Map.of();
    private Map<String, ReasonText> reasonLibrary = Map.of();

    private PolicyCompiler(String location) {
        this.location = location;
    }

    /** Builds the policy or throws a {@link PolicyException} listing every problem found. */
    public static Policy compile(PolicyDocument doc, String location, String sha256) {
        return new PolicyCompiler(location).build(doc, sha256);
    }

    private Policy build(PolicyDocument doc, String sha256) {
        PolicyDocument.Info info = doc.policy();
        if (info == null || blank(info.id()) || blank(info.version())) {
            problems.add("policy: 'id' and 'version' are required");
        }
        BigDecimal hba1c = doc.parameters() == null ? null : doc.parameters().hba1cUncontrolledAtOrAbove();
        if (hba1c == null || hba1c.signum() <= 0) {
            problems.add("parameters.hba1cUncontrolledAtOrAbove: a positive HbA1c percentage is required");
        }
        LocalizedText unsure = doc.uncertainty() == null ? null : doc.uncertainty().unsure();
        LocalizedText notAsked = doc.uncertainty() == null ? null : doc.uncertainty().notAsked();
        requireText(unsure, "uncertainty.unsure");
        requireText(notAsked, "uncertainty.notAsked");

        sources = compileSources(doc.sources());
        instructions = compileInstructions(doc.instructions());
        reasonLibrary = doc.reasons() == null ? Map.of() : doc.reasons();
        reasonLibrary.forEach((code, text) -> checkReasonText(text, "reasons." + code));

        Map<String, Treatment> treatments = compileTreatments(doc.treatments());
        if (!problems.isEmpty()) {
            throw new PolicyException(location, problems);
        }
        return new Policy(info.id(), info.version(), info.title(), sha256, location, hba1c, unsure, notAsked,
                treatments);
    }

    private Map<String, SourceRef> compileSources(Map<String, PolicyDocument.Source> defs) {
        Map<String, SourceRef> result = new LinkedHashMap<>();
        if (defs == null) {
            return result;
        }
        defs.forEach((id, def) -> {
            if (def == null || blank(def.label())) {
                problems.add("sources." + id + ": 'label' is required");
            } else {
                result.put(id, new SourceRef(id, def.label(), def.url()));
            }
        });
        return result;
    }

    private Map<String, Instruction> compileInstructions(Map<String, InstructionDef> defs) {
        Map<String, Instruction> result = new LinkedHashMap<>();
        if (defs == null) {
            return result;
        }
        defs.forEach((code, def) -> {
            String path = "instructions." + code;
            if (def == null) {
                problems.add(path + ": empty entry");
                return;
            }
            Instruction.Phase phase = enumValue(Instruction.Phase.class, def.phase(), path + ".phase");
            Instruction.Audience audience = enumValue(Instruction.Audience.class, def.audience(), path + ".audience");
            if ((def.fromDay() == null) != (def.toDay() == null)) {
                problems.add(path + ": give both 'fromDay' and 'toDay' or neither");
            } else if (def.fromDay() != null && def.fromDay() > def.toDay()) {
                problems.add(path + ": 'fromDay' " + def.fromDay() + " is after 'toDay' " + def.toDay());
            }
            requireText(def.text(), path + ".text");
            result.put(code, new Instruction(code, phase, audience, def.fromDay(), def.toDay(), def.text(),
                    sourceRefs(def.sources(), path + ".sources")));
        });
        return result;
    }

    private Map<String, Treatment> compileTreatments(List<TreatmentDef> defs) {
        Map<String, Treatment> result = new LinkedHashMap<>();
        if (defs == null || defs.isEmpty()) {
            problems.add("treatments: at least one treatment is required");
            return result;
        }
        Map<String, TreatmentDef> byCode = new LinkedHashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            TreatmentDef def = defs.get(i);
            if (def == null || blank(def.code())) {
                problems.add("treatments[" + i + "]: 'code' is required");
            } else if (byCode.putIfAbsent(def.code(), def) != null) {
                problems.add("treatments[" + def.code() + "]: duplicate treatment code");
            }
        }
        for (TreatmentDef def : byCode.values()) {
            compileTreatment(def, byCode, result, new HashSet<>());
        }
        return result;
    }

    private Treatment compileTreatment(TreatmentDef def, Map<String, TreatmentDef> byCode,
            Map<String, Treatment> done, Set<String> inProgress) {
        Treatment existing = done.get(def.code());
        if (existing != null) {
            return existing;
        }
        String path = "treatments[" + def.code() + "]";
        if (!inProgress.add(def.code())) {
            problems.add(path + ".extendsTreatment: circular extension");
            return null;
        }
        Treatment parent = null;
        if (def.extendsTreatment() != null) {
            TreatmentDef parentDef = byCode.get(def.extendsTreatment());
            if (parentDef == null) {
                problems.add(path + ".extendsTreatment: unknown treatment '" + def.extendsTreatment() + "'");
            } else {
                parent = compileTreatment(parentDef, byCode, done, inProgress);
            }
        }
        requireText(def.name(), path + ".name");
        requireText(def.description(), path + ".description");

        Map<Goal, GoalStrength> goals = new EnumMap<>(Goal.class);
        if (def.goals() == null || def.goals().isEmpty()) {
            problems.add(path + ".goals: at least one goal is required");
        } else {
            def.goals().forEach((goal, strength) -> {
                Goal g = enumValue(Goal.class, goal, path + ".goals");
                GoalStrength s = enumValue(GoalStrength.class, strength, path + ".goals." + goal);
                if (g != null && s != null) {
                    goals.put(g, s);
                }
            });
        }

        List<Instruction> treatmentInstructions = new ArrayList<>(parent == null ? List.of() : parent.instructions());
        treatmentInstructions.addAll(instructionRefs(def.instructions(), path + ".instructions"));

        SessionGuidance guidance = def.sessionGuidance() == null
                ? (parent == null ? null : parent.sessionGuidance())
                : compileGuidance(def.sessionGuidance(), path + ".sessionGuidance");

        List<Rule> rules = new ArrayList<>(parent == null ? List.of() : parent.rules());
        Set<String> codes = new HashSet<>();
        rules.forEach(rule -> codes.add(rule.code()));
        List<RuleDef> ruleDefs = def.rules() == null ? List.of() : def.rules();
        for (int i = 0; i < ruleDefs.size(); i++) {
            RuleDef ruleDef = ruleDefs.get(i);
            String rulePath = path + ".rules[" + (ruleDef == null || blank(ruleDef.code()) ? i : ruleDef.code()) + "]";
            if (ruleDef == null || blank(ruleDef.code())) {
                problems.add(rulePath + ": 'code' is required");
                continue;
            }
            if (!codes.add(ruleDef.code())) {
                problems.add(rulePath + ": duplicate rule code in this treatment (including the treatment it extends)");
                continue;
            }
            Rule rule = compileRule(ruleDef, def.code(), rulePath);
            if (rule != null) {
                rules.add(rule);
            }
        }
        inProgress.remove(def.code());
        Treatment treatment = new Treatment(def.code(), def.name(), def.description(), def.extendsTreatment(),
                goals, List.copyOf(treatmentInstructions), guidance, List.copyOf(rules));
        done.put(def.code(), treatment);
        return treatment;
    }

    private SessionGuidance compileGuidance(SessionGuidanceDef def, String path) {
        Map<TreatmentArea, SessionGuidance.DepthRange> depths = new EnumMap<>(TreatmentArea.class);
        if (def.needleDepthMm() != null) {
            def.needleDepthMm().forEach((area, depth) -> {
                TreatmentArea a = enumValue(TreatmentArea.class, area, path + ".needleDepthMm");
                String depthPath = path + ".needleDepthMm." + area;
                if (depth == null || depth.min() == null || depth.max() == null) {
                    problems.add(depthPath + ": 'min' and 'max' are required");
                } else if (depth.min().signum() < 0 || depth.min().compareTo(depth.max()) > 0) {
                    problems.add(depthPath + ": needs 0 <= min <= max");
                } else if (a != null) {
                    depths.put(a, new SessionGuidance.DepthRange(depth.min(), depth.max()));
                }
            });
        }
        int interval = def.minimumIntervalDays() == null ? -1 : def.minimumIntervalDays();
        int floor = def.hardFloorIntervalDays() == null ? interval : def.hardFloorIntervalDays();
        if (interval < 0) {
            problems.add(path + ".minimumIntervalDays: a non-negative number of days is required");
        } else if (floor < 0 || floor > interval) {
            problems.add(path + ".hardFloorIntervalDays: must be between 0 and minimumIntervalDays");
        }
        requireText(def.sessions(), path + ".sessions");
        if (def.notes() != null) {
            requireText(def.notes(), path + ".notes");
        }
        return new SessionGuidance(depths, interval, floor, def.sessions(), def.notes());
    }

    private Rule compileRule(RuleDef def, String treatmentCode, String path) {
        RuleCategory category = enumValue(RuleCategory.class, def.category(), path + ".category");
        if (blank(def.ref())) {
            problems.add(path + ".ref: the reference row this rule traces to is required");
        }
        ReasonText ruleText = def.text() != null ? def.text() : reasonLibrary.get(def.code());
        if (def.text() != null) {
            checkReasonText(def.text(), path + ".text");
        }
        if (def.cases() == null || def.cases().isEmpty()) {
            problems.add(path + ".cases: at least one case is required");
            return null;
        }
        List<RuleCase> cases = new ArrayList<>();
        for (int i = 0; i < def.cases().size(); i++) {
            RuleCase ruleCase = compileCase(def.cases().get(i), ruleText, def.code(), path + ".cases[" + i + "]");
            if (ruleCase != null) {
                cases.add(ruleCase);
            }
        }
        return new Rule(def.code(), category, def.ref(), sourceRefs(def.sources(), path + ".sources"),
                List.copyOf(cases), treatmentCode);
    }

    private RuleCase compileCase(CaseDef def, ReasonText ruleText, String code, String path) {
        if (def == null) {
            problems.add(path + ": empty case");
            return null;
        }
        FindingCode finding = enumValue(FindingCode.class, def.finding(), path + ".finding");
        Outcome outcome = enumValue(Outcome.class, def.outcome(), path + ".outcome");
        Period from = period(def.from(), path + ".from");
        Period until = period(def.until(), path + ".until");
        Period notBefore = period(def.notBefore(), path + ".notBefore");
        if (outcome == Outcome.DEFER_UNTIL_DATE && def.until() == null) {
            problems.add(path + ".until: DEFER_UNTIL_DATE needs the period after which the patient may be treated");
        }
        if (notBefore != null && outcome != Outcome.DEFER_UNTIL_RESOLVED) {
            problems.add(path + ".notBefore: only a DEFER_UNTIL_RESOLVED case can have 'notBefore'");
        }
        if (from != null && until != null && toDaysApprox(from) >= toDaysApprox(until)) {
            problems.add(path + ": 'from' must be shorter than 'until'");
        }
        ReasonText text = def.text() != null ? def.text() : ruleText;
        String textPath = def.text() != null ? path + ".text" : "reasons." + code;
        if (text == null) {
            problems.add(path + ": no texts: add 'text' to the rule or an entry 'reasons." + code + "'");
        } else {
            if (def.text() != null) {
                checkReasonText(text, textPath);
            }
            if (outcome == Outcome.DEFER_UNTIL_RESOLVED && text.resolve() == null) {
                problems.add(textPath + ".resolve: a DEFER_UNTIL_RESOLVED case needs a text saying what resolves it");
            }
        }
        List<Instruction> caseInstructions = instructionRefs(def.instructions(), path + ".instructions");
        if (finding == null || outcome == null || text == null) {
            return null;
        }
        ReasonTexts texts = new ReasonTexts(text.summary(), text.patient(), text.clinician(), text.resolve());
        return new RuleCase(finding, outcome, from, until, notBefore, caseInstructions, texts);
    }

    private void checkReasonText(ReasonText text, String path) {
        if (text == null) {
            problems.add(path + ": empty entry");
            return;
        }
        requireText(text.summary(), path + ".summary");
        requireText(text.patient(), path + ".patient");
        requireText(text.clinician(), path + ".clinician");
        if (text.resolve() != null) {
            requireText(text.resolve(), path + ".resolve");
        }
        if (text.summary() != null) {
            for (Language language : Language.values()) {
                String summary = text.summary().in(language);
                if (summary != null && summary.length() > SUMMARY_MAX_LENGTH) {
                    problems.add(path + ".summary." + language.tag() + ": " + summary.length()
                            + " characters; at most " + SUMMARY_MAX_LENGTH + " are allowed");
                }
            }
        }
    }

    private List<SourceRef> sourceRefs(List<String> ids, String path) {
        return refs(ids, path, sources, "source");
    }

    private List<Instruction> instructionRefs(List<String> codes, String path) {
        return refs(codes, path, instructions, "instruction");
    }

    private <T> List<T> refs(List<String> keys, String path, Map<String, T> known, String kind) {
        List<T> result = new ArrayList<>();
        if (keys == null) {
            return result;
        }
        for (String key : keys) {
            T value = known.get(key);
            if (value == null) {
                problems.add(path + ": unknown " + kind + " '" + key + "'");
            } else {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    private Period period(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            Period period = Period.parse(text);
            if (period.isNegative()) {
                problems.add(path + ": negative period '" + text + "'");
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            problems.add(path + ": '" + text + "' is not an ISO-8601 period such as P6M or P28D");
            return null;
        }
    }

    /** Only to order two periods of one case; calendar arithmetic happens on real dates. */
    private static long toDaysApprox(Period period) {
        return period.getYears() * 366L + period.getMonths() * 31L + period.getDays();
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        if (value == null) {
            problems.add(path + ": a value is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(path + ": unknown " + type.getSimpleName() + " '" + value + "' (known: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
            return null;
        }
    }

    private void requireText(LocalizedText text, String path) {
        if (text == null || !text.isComplete()) {
            problems.add(path + ": text in every language (" + Arrays.stream(Language.values()).map(Language::tag)
                    .toList() + ") is required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
