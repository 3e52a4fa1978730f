package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.policy.ClinicSettingsDocument.OverrideDef;
import com.clinicscreen.screening.policy.PolicyDocument.EffectDef;
import com.clinicscreen.screening.policy.PolicyDocument.InstructionDef;
import com.clinicscreen.screening.policy.PolicyDocument.NoEffectDef;
import com.clinicscreen.screening.policy.PolicyDocument.ParameterDef;
import com.clinicscreen.screening.policy.PolicyDocument.ReasonText;
import com.clinicscreen.screening.policy.PolicyDocument.RuleDef;
import com.clinicscreen.screening.policy.PolicyDocument.SessionGuidanceDef;
import com.clinicscreen.screening.policy.PolicyDocument.ToggleDef;
import com.clinicscreen.screening.policy.PolicyDocument.TreatmentDef;
import com.clinicscreen.screening.policy.PolicyDocument.TriggerDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a policy document and the clinic's settings, and builds the indexed {@link Policy}. Every problem
 * is collected with the file and the entry it concerns, so a clinic fixing its files sees all of them at
 * once. Fail closed by construction: every treatment must state what it does with every rule, and every
 * finding the intake can raise must reach a rule.
 */
public final class PolicyCompiler {

    static final int SUMMARY_MAX_LENGTH = 140;
    static final int JUSTIFICATION_MIN_LENGTH = 20;
    static final String NO_EFFECT = "NO_EFFECT";

    /** Only to compare two periods: the days they span from a fixed, non-leap start. */
    private static final LocalDate PERIOD_ORIGIN = LocalDate.of(2001, 1, 1);
    private static final ObjectMapper TREES = new ObjectMapper();

    private final String location;
    private final String clinicLocation;
    private final List<String> problems = new ArrayList<>();
    private Map<String, SourceRef> sources = Map.of();
    private Map<String, Instruction> instructions = Map.of();
    private Map<String, Parameter> parameters = Map.of();
    private Map<String, RuleSpec> rules = Map.of();
    /** Rules already reported as broken, so their treatments do not repeat the problem. */
    private final Set<String> brokenRules = new HashSet<>();

    private PolicyCompiler(String location, String clinicLocation) {
        this.location = location;
        this.clinicLocation = clinicLocation;
    }

    /** Builds the base policy alone, or throws a {@link PolicyException} listing every problem found. */
    public static Policy compile(PolicyDocument doc, String location, String sha256) {
        return compile(doc, location, sha256, null, null, null);
    }

    /** Builds the policy with the clinic's settings applied (when given), or throws listing every problem. */
    public static Policy compile(PolicyDocument doc, String location, String sha256, ClinicSettingsDocument clinic,
            String clinicLocation, String clinicSha256) {
        return new PolicyCompiler(location, clinicLocation).build(doc, sha256, clinic, clinicSha256);
    }

    private Policy build(PolicyDocument doc, String sha256, ClinicSettingsDocument clinic, String clinicSha256) {
        PolicyDocument.Info info = doc.policy();
        if (info == null || blank(info.id()) || blank(info.version())) {
            problem("policy", "'id' and 'version' are required");
        }
        LocalizedText unsure = doc.uncertainty() == null ? null : doc.uncertainty().unsure();
        LocalizedText notAsked = doc.uncertainty() == null ? null : doc.uncertainty().notAsked();
        requireText(unsure, "uncertainty.unsure");
        requireText(notAsked, "uncertainty.notAsked");

        ClinicProfile profile = clinic == null ? null : clinicProfile(clinic, clinicSha256);
        parameters = compileParameters(doc.parameters(), clinic == null ? null : clinic.parameters());
        if (!parameters.containsKey(Policy.HBA1C_PARAMETER) || parameters.get(Policy.HBA1C_PARAMETER).number() == null) {
            problem("parameters." + Policy.HBA1C_PARAMETER, "a number (HbA1c %) is required");
        }
        sources = compileSources(doc.sources());
        instructions = compileInstructions(doc.instructions());
        Implications implications = compileImplications(doc.implications());
        rules = compileRules(doc.rules());
        checkEveryFindingReachesARule(implications);
        Map<String, Toggle> toggles = compileToggles(doc.toggles(), clinic == null ? null : clinic.toggles());

        Map<String, TreatmentDef> defs = treatmentDefs(doc.treatments());
        Set<String> offered = offeredTreatments(defs, clinic == null ? null : clinic.offeredTreatments());
        Map<String, List<Override>> overrides = compileOverrides(clinic == null ? null : clinic.overrides(), defs);
        Map<String, Treatment> treatments = new LinkedHashMap<>();
        Map<String, Map<String, Map<FindingCode, RuleCase>>> primaryOutcomes = new HashMap<>();
        for (TreatmentDef def : defs.values()) {
            Map<String, Map<FindingCode, RuleCase>> outcomes = new HashMap<>();
            Treatment treatment = compileTreatment(def, offered.contains(def.code()), toggles,
                    overrides.getOrDefault(def.code(), List.of()), outcomes);
            treatments.put(def.code(), treatment);
            primaryOutcomes.put(def.code(), outcomes);
        }
        checkAtLeastAsCautious(treatments, primaryOutcomes);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return new Policy(info.id(), info.version(), info.title(), sha256, location, profile, parameters, toggles,
                unsure, notAsked, implications, Collections.unmodifiableMap(treatments));
    }

    // ------------------------------------------------------------------------------------ clinic

    private ClinicProfile clinicProfile(ClinicSettingsDocument clinic, String sha256) {
        if (clinic.clinic() == null || blank(clinic.clinic().id()) || blank(clinic.clinic().name())) {
            clinicProblem("clinic", "'id' and 'name' are required");
            return new ClinicProfile(null, null, clinicLocation, sha256);
        }
        return new ClinicProfile(clinic.clinic().id(), clinic.clinic().name(), clinicLocation, sha256);
    }

    private Set<String> offeredTreatments(Map<String, TreatmentDef> defs, List<String> fromClinic) {
        if (fromClinic == null) {
            return defs.keySet();
        }
        Set<String> offered = new LinkedHashSet<>();
        for (int i = 0; i < fromClinic.size(); i++) {
            String code = fromClinic.get(i);
            if (!defs.containsKey(code)) {
                clinicProblem("offeredTreatments[" + i + "]", "unknown treatment '" + code + "' (known: "
                        + String.join(", ", defs.keySet()) + ")");
            } else if (!offered.add(code)) {
                clinicProblem("offeredTreatments[" + i + "]", "'" + code + "' is listed twice");
            }
        }
        if (offered.stream().noneMatch(code -> Boolean.TRUE.equals(defs.get(code).requestable()))) {
            clinicProblem("offeredTreatments", "offers none of the treatments an intake screens fully ("
                    + String.join(", ", defs.values().stream().filter(d -> Boolean.TRUE.equals(d.requestable()))
                            .map(TreatmentDef::code).toList()) + ")");
        }
        return offered;
    }

    private record Override(String rule, FindingCode finding, String outcome, String justification, String path) {}

    private Map<String, List<Override>> compileOverrides(List<OverrideDef> defs, Map<String, TreatmentDef> treatments) {
        Map<String, List<Override>> byTreatment = new HashMap<>();
        if (defs == null) {
            return byTreatment;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < defs.size(); i++) {
            OverrideDef def = defs.get(i);
            String path = "overrides[" + i + "]";
            if (def == null) {
                clinicProblem(path, "empty entry");
                continue;
            }
            RuleSpec rule = rules.get(def.rule());
            if (rule == null) {
                clinicProblem(path + ".rule", "unknown rule '" + def.rule() + "'");
            }
            if (!treatments.containsKey(def.treatment())) {
                clinicProblem(path + ".treatment", "unknown treatment '" + def.treatment() + "'");
            }
            FindingCode finding = def.finding() == null ? null
                    : enumValue(FindingCode.class, def.finding(), path + ".finding", true);
            if (finding != null) {
                if (rule != null && rule.triggers().stream().noneMatch(t -> t.finding() == finding)) {
                    clinicProblem(path + ".finding", "rule " + def.rule() + " does not fire on " + finding);
                }
            }
            boolean noEffect = NO_EFFECT.equals(def.outcome());
            Outcome outcome = noEffect ? null : enumValue(Outcome.class, def.outcome(), path + ".outcome", true);
            if (blank(def.justification()) || def.justification().strip().length() < JUSTIFICATION_MIN_LENGTH) {
                boolean weakensAbsolute = rule != null && rule.category() == RuleCategory.ABSOLUTE
                        && (noEffect || (outcome != null && outcome != Outcome.NOT_ELIGIBLE));
                clinicProblem(path + ".justification", (weakensAbsolute
                        ? "makes the ABSOLUTE rule " + def.rule() + " less cautious: a written clinical justification"
                        : "a written clinical justification") + " of at least " + JUSTIFICATION_MIN_LENGTH
                        + " characters is required");
            }
            if (!seen.add(def.treatment() + "/" + def.rule() + "/" + def.finding())) {
                clinicProblem(path, "a second override of " + def.rule() + " for " + def.treatment());
            }
            if (rule != null && treatments.containsKey(def.treatment()) && (noEffect || outcome != null)) {
                byTreatment.computeIfAbsent(def.treatment(), k -> new ArrayList<>())
                        .add(new Override(def.rule(), finding, def.outcome(), def.justification(), path));
            }
        }
        return byTreatment;
    }

    // ------------------------------------------------------------------------------- parameters

    private Map<String, Parameter> compileParameters(Map<String, ParameterDef> defs, Map<String, String> fromClinic) {
        Map<String, Parameter> result = new LinkedHashMap<>();
        if (defs == null) {
            problem("parameters", "the reference §7 parameters are required");
            return result;
        }
        defs.forEach((name, def) -> {
            String path = "parameters." + name;
            if (def == null || blank(def.value()) || blank(def.min()) || blank(def.max()) || blank(def.ref())) {
                problem(path, "'value', 'min', 'max' and 'ref' are required");
                return;
            }
            Value min = value(def.min(), path + ".min", false);
            Value max = value(def.max(), path + ".max", false);
            Value deflt = value(def.value(), path + ".value", false);
            if (min == null || max == null || deflt == null) {
                return;
            }
            if (!sameKind(min, max, deflt) || compare(min, max) > 0) {
                problem(path, "'min', 'value' and 'max' must be of one kind (periods or numbers) with min <= max");
                return;
            }
            if (!within(deflt, min, max)) {
                problem(path + ".value", def.value() + " is outside [" + def.min() + ", " + def.max() + "]");
            }
            String text = def.value();
            Value effective = deflt;
            boolean setByClinic = fromClinic != null && fromClinic.containsKey(name);
            if (setByClinic) {
                String clinicPath = "parameters." + name;
                Value set = value(fromClinic.get(name), clinicPath, true);
                if (set != null && !sameKind(set, min, max)) {
                    clinicProblem(clinicPath, "'" + fromClinic.get(name) + "' is not "
                            + (min.period() != null ? "an ISO-8601 period such as " + def.value() : "a number"));
                } else if (set != null && !within(set, min, max)) {
                    clinicProblem(clinicPath, fromClinic.get(name) + " is outside the range the reference allows ["
                            + def.min() + ", " + def.max() + "] (" + def.ref() + ")");
                } else if (set != null) {
                    effective = set;
                    text = fromClinic.get(name);
                }
            }
            result.put(name, new Parameter(name, text, effective.period(), effective.number(), def.value(), def.min(),
                    def.max(), def.ref(), setByClinic));
        });
        if (fromClinic != null) {
            fromClinic.keySet().stream().filter(name -> !result.containsKey(name) && !defs.containsKey(name))
                    .forEach(name -> clinicProblem("parameters." + name, "unknown parameter (known: "
                            + String.join(", ", defs.keySet()) + ")"));
        }
        return result;
    }

    private record Value(Period period, BigDecimal number) {}

    private Value value(String text, String path, boolean clinic) {
        if (text == null || text.isBlank()) {
            report(clinic, path, "a value is required");
            return null;
        }
        if (text.startsWith("P")) {
            try {
                Period period = Period.parse(text);
                if (period.isNegative()) {
                    report(clinic, path, "negative period '" + text + "'");
                    return null;
                }
                return new Value(period, null);
            } catch (DateTimeParseException e) {
                report(clinic, path, "'" + text + "' is not an ISO-8601 period such as P6M or P28D");
                return null;
            }
        }
        try {
            return new Value(null, new BigDecimal(text));
        } catch (NumberFormatException e) {
            report(clinic, path, "'" + text + "' is neither an ISO-8601 period nor a number");
            return null;
        }
    }

    private static boolean sameKind(Value... values) {
        return Arrays.stream(values).allMatch(v -> v.period() != null) || Arrays.stream(values).allMatch(v -> v.number() != null);
    }

    private static int compare(Value a, Value b) {
        return a.period() != null ? Long.compare(days(a.period()), days(b.period())) : a.number().compareTo(b.number());
    }

    /**
     * Within the range in every month: a period's shortest real length (over every starting month) is at
     * least the minimum's shortest, and its longest at most the maximum's longest. So P1M11D is refused
     * against a P6W floor (from 1 February it lasts 39 days), while P90D fits under P3M.
     */
    private static boolean within(Value value, Value min, Value max) {
        if (value.period() == null) {
            return compare(value, min) >= 0 && compare(value, max) <= 0;
        }
        return shortest(value.period()) >= shortest(min.period()) && longest(value.period()) <= longest(max.period());
    }

    private static long shortest(Period period) {
        long result = Long.MAX_VALUE;
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2001, month, 1);
            result = Math.min(result, ChronoUnit.DAYS.between(start, start.plus(period)));
        }
        return result;
    }

    private static long longest(Period period) {
        long result = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2001, month, 1);
            result = Math.max(result, ChronoUnit.DAYS.between(start, start.plus(period)));
        }
        return result;
    }

    /** Days a period spans from a fixed start: only to compare periods (P3M and P90D are equal here). */
    static long days(Period period) {
        return ChronoUnit.DAYS.between(PERIOD_ORIGIN, PERIOD_ORIGIN.plus(period));
    }

    /** A window bound as the policy file writes it: a parameter at its file value, not the clinic's. */
    private Period asWritten(String text, Period resolved) {
        Parameter parameter = text == null ? null : parameters.get(text);
        return parameter == null || resolved == null ? resolved : Period.parse(parameter.defaultValue());
    }

    /** A parameter name or an ISO-8601 period. */
    private Period period(String text, String path) {
        if (text == null) {
            return null;
        }
        if (!text.startsWith("P")) {
            Parameter parameter = parameters.get(text);
            if (parameter == null || parameter.period() == null) {
                problem(path, "'" + text + "' is neither a period parameter nor an ISO-8601 period");
                return null;
            }
            return parameter.period();
        }
        Value value = value(text, path, false);
        return value == null ? null : value.period();
    }

    private Map<String, Toggle> compileToggles(Map<String, ToggleDef> defs, Map<String, Boolean> fromClinic) {
        Map<String, Toggle> result = new LinkedHashMap<>();
        if (defs != null) {
            defs.forEach((name, def) -> {
                String path = "toggles." + name;
                if (def == null || def.raise() == null || blank(def.ref())) {
                    problem(path, "'ref' and 'raise' are required");
                    return;
                }
                if (!rules.containsKey(def.raise().rule())) {
                    problem(path + ".raise.rule", "unknown rule '" + def.raise().rule() + "'");
                }
                Outcome to = enumValue(Outcome.class, def.raise().to(), path + ".raise.to", false);
                boolean deflt = Boolean.TRUE.equals(def.value());
                boolean setByClinic = fromClinic != null && fromClinic.containsKey(name);
                Boolean set = setByClinic ? fromClinic.get(name) : null;
                if (setByClinic && set == null) {
                    clinicProblem("toggles." + name, "true or false is required");
                }
                result.put(name, new Toggle(name, set == null ? deflt : set, deflt, def.ref(), def.raise().rule(), to,
                        setByClinic));
            });
        }
        if (fromClinic != null) {
            fromClinic.keySet().stream().filter(name -> !result.containsKey(name))
                    .forEach(name -> clinicProblem("toggles." + name, "unknown toggle (known: "
                            + String.join(", ", result.keySet()) + ")"));
        }
        return result;
    }

    // ------------------------------------------------------------------ sources, instructions

    private Map<String, SourceRef> compileSources(Map<String, PolicyDocument.Source> defs) {
        Map<String, SourceRef> result = new LinkedHashMap<>();
        if (defs == null) {
            return result;
        }
        defs.forEach((id, def) -> {
            if (def == null || blank(def.label())) {
                problem("sources." + id, "'label' is required");
            } else if (!"primary".equals(def.kind()) && !"secondary".equals(def.kind())) {
                problem("sources." + id + ".kind", "must be primary or secondary (the reference's §0 table)");
            } else {
                result.put(id, new SourceRef(id, def.label(), def.url(), "primary".equals(def.kind())));
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
                problem(path, "empty entry");
                return;
            }
            Instruction.Phase phase = enumValue(Instruction.Phase.class, def.phase(), path + ".phase", false);
            Instruction.Audience audience = enumValue(Instruction.Audience.class, def.audience(), path + ".audience",
                    false);
            Integer fromDay = def.fromDay();
            Integer toDay = def.toDay();
            Period from = fromDay == null ? null : Period.ofDays(fromDay);
            Period to = toDay == null ? null : Period.ofDays(toDay);
            List<Parameter> bound = new ArrayList<>(1);
            if (def.before() != null || def.after() != null) {
                String name = def.before() != null ? def.before() : def.after();
                String key = def.before() != null ? ".before" : ".after";
                Parameter parameter = parameters.get(name);
                if (def.before() != null && def.after() != null || fromDay != null || toDay != null) {
                    problem(path, "give one of 'before', 'after' or 'fromDay'/'toDay'");
                } else if (parameter == null || parameter.period() == null) {
                    problem(path + key, "'" + name + "' is not a period parameter");
                } else {
                    bound.add(parameter);
                    // The window and the text's {NAME} are the same value: the parameter in force.
                    from = def.before() != null ? parameter.period().negated() : parameter.period();
                    to = def.before() != null ? Period.ZERO : parameter.period();
                    fromDay = (int) (def.before() != null ? -days(parameter.period()) : days(parameter.period()));
                    toDay = def.before() != null ? 0 : fromDay;
                }
            } else if ((def.fromDay() == null) != (def.toDay() == null)) {
                problem(path, "give both 'fromDay' and 'toDay' or neither");
            } else if (def.fromDay() != null && def.fromDay() > def.toDay()) {
                problem(path, "'fromDay' " + def.fromDay() + " is after 'toDay' " + def.toDay());
            }
            requireText(def.text(), path + ".text");
            LocalizedText text = renderedText(def.text(), bound, audience == Instruction.Audience.CLINICIAN,
                    path + ".text");
            result.put(code, new Instruction(code, phase, audience, fromDay, toDay, from, to, text,
                    sourceRefs(def.sources(), path + ".sources")));
        });
        return result;
    }

    /**
     * A text with its placeholders rendered with the parameters in force, once, here; refused when it types a
     * number that one of the parameters it is bound to decides.
     */
    private LocalizedText renderedText(LocalizedText text, Collection<Parameter> bound, boolean literalsAllowed,
            String path) {
        if (text == null) {
            return null;
        }
        for (Language language : Language.values()) {
            for (String owned : ParameterNumbersCheck.check(text.in(language), bound)) {
                problem(path + "." + language.tag(), owned);
            }
        }
        return TextPlaceholders.render(text, parameters, literalsAllowed,
                (language, message) -> problem(path + "." + language.tag(), message));
    }

    // ---------------------------------------------------------------------- findings and rules

    private Implications compileImplications(Map<String, List<String>> defs) {
        Map<FindingCode, Set<FindingCode>> direct = new EnumMap<>(FindingCode.class);
        if (defs != null) {
            defs.forEach((from, to) -> {
                FindingCode source = enumValue(FindingCode.class, from, "implications", false);
                if (source == null || to == null) {
                    return;
                }
                Set<FindingCode> implied = EnumSet.noneOf(FindingCode.class);
                for (String code : to) {
                    FindingCode target = enumValue(FindingCode.class, code, "implications." + from, false);
                    if (target != null) {
                        implied.add(target);
                    }
                }
                direct.put(source, implied);
            });
        }
        Map<FindingCode, Set<FindingCode>> closure = new EnumMap<>(FindingCode.class);
        for (FindingCode code : direct.keySet()) {
            Set<FindingCode> reached = EnumSet.noneOf(FindingCode.class);
            List<FindingCode> queue = new ArrayList<>(direct.get(code));
            while (!queue.isEmpty()) {
                FindingCode next = queue.remove(queue.size() - 1);
                if (next == code) {
                    problem("implications." + code, "implies itself through " + Implications.sorted(reached));
                    break;
                }
                if (reached.add(next)) {
                    queue.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            closure.put(code, Collections.unmodifiableSet(reached));
        }
        return new Implications(Collections.unmodifiableMap(closure));
    }

    /** A rule as written once: what makes it fire and what it says. */
    private record RuleSpec(String code, RuleCategory category, String ref, List<SourceRef> sources,
            List<Trigger> triggers, ReasonTexts texts) {}

    private record Trigger(FindingCode finding, Period from, Period until, Period notBefore, Period thenUntil) {}

    private Map<String, RuleSpec> compileRules(Map<String, RuleDef> defs) {
        Map<String, RuleSpec> result = new LinkedHashMap<>();
        if (defs == null || defs.isEmpty()) {
            problem("rules", "at least one rule is required");
            return result;
        }
        defs.forEach((code, def) -> {
            String path = "rules." + code;
            if (def == null) {
                problem(path, "empty entry");
                return;
            }
            int problemsBefore = problems.size();
            RuleCategory category = enumValue(RuleCategory.class, def.category(), path + ".category", false);
            if (blank(def.ref())) {
                problem(path + ".ref", "the reference row this rule traces to is required");
            }
            checkReasonText(def.text(), path + ".text");
            List<Trigger> triggers = new ArrayList<>();
            if (def.when() == null || def.when().isEmpty()) {
                problem(path + ".when", "at least one finding is required");
            } else {
                Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
                for (int i = 0; i < def.when().size(); i++) {
                    Trigger trigger = trigger(def.when().get(i), path + ".when[" + i + "]");
                    if (trigger != null && !seen.add(trigger.finding())) {
                        problem(path + ".when[" + i + "]", "finding " + trigger.finding() + " is named twice");
                    } else if (trigger != null) {
                        triggers.add(trigger);
                    }
                }
            }
            if (problems.size() > problemsBefore) {
                brokenRules.add(code);
            }
            if (category != null && def.text() != null) {
                ReasonTexts texts = reasonTexts(def.text(), windowParameters(def.when()), path + ".text");
                result.put(code, new RuleSpec(code, category, def.ref(), sourceRefs(def.sources(), path + ".sources"),
                        List.copyOf(triggers), texts));
            }
        });
        return result;
    }

    /** The parameters a rule's trigger windows name: what its texts may state only through placeholders. */
    private List<Parameter> windowParameters(List<JsonNode> when) {
        Set<Parameter> bound = new LinkedHashSet<>();
        if (when != null) {
            for (JsonNode node : when) {
                if (node != null && node.isObject()) {
                    for (String key : List.of("from", "until", "notBefore", "thenUntil")) {
                        JsonNode name = node.get(key);
                        if (name != null && name.isTextual() && parameters.containsKey(name.asText())) {
                            bound.add(parameters.get(name.asText()));
                        }
                    }
                }
            }
        }
        return List.copyOf(bound);
    }

    /** A rule's texts rendered with the parameters in force; the card summary's length is checked as rendered. */
    private ReasonTexts reasonTexts(ReasonText t, List<Parameter> bound, String path) {
        LocalizedText summary = renderedText(t.summary(), bound, false, path + ".summary");
        if (summary != null) {
            for (Language language : Language.values()) {
                String text = summary.in(language);
                if (text != null && text.length() > SUMMARY_MAX_LENGTH) {
                    problem(path + ".summary." + language.tag(), text.length() + " characters; at most "
                            + SUMMARY_MAX_LENGTH + " are allowed");
                }
            }
        }
        return new ReasonTexts(summary, renderedText(t.patient(), bound, false, path + ".patient"),
                renderedText(t.clinician(), bound, true, path + ".clinician"),
                renderedText(t.resolve(), bound, false, path + ".resolve"));
    }

    private Trigger trigger(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problem(path, "empty entry");
            return null;
        }
        if (node.isTextual()) {
            FindingCode finding = enumValue(FindingCode.class, node.asText(), path, false);
            return finding == null ? null : new Trigger(finding, null, null, null, null);
        }
        TriggerDef def = treeTo(node, TriggerDef.class, path);
        if (def == null) {
            return null;
        }
        FindingCode finding = enumValue(FindingCode.class, def.finding(), path + ".finding", false);
        Period from = period(def.from(), path + ".from");
        Period until = period(def.until(), path + ".until");
        Period notBefore = period(def.notBefore(), path + ".notBefore");
        Period thenUntil = period(def.thenUntil(), path + ".thenUntil");
        // Checked as the policy file is written (parameters at their file values): a clinic's values may close a
        // window (a minimum age at the device-label age leaves no off-label band), and an empty window never fires.
        Period fromAsWritten = asWritten(def.from(), from);
        Period untilAsWritten = asWritten(def.until(), until);
        Period thenUntilAsWritten = asWritten(def.thenUntil(), thenUntil);
        if (fromAsWritten != null && untilAsWritten != null && days(fromAsWritten) >= days(untilAsWritten)) {
            problem(path, "'from' must be shorter than 'until'");
        }
        if (thenUntil != null && (untilAsWritten == null || days(thenUntilAsWritten) <= days(untilAsWritten))) {
            problem(path + ".thenUntil", "needs an 'until' shorter than it");
        } else if (thenUntil != null && days(thenUntil) < days(until)) {
            // Meeting ends the "then" part; crossing means the clinic's values contradict each other.
            clinicProblem("parameters", def.thenUntil() + " " + thenUntil + " ends before " + def.until() + " "
                    + until + ", so what " + path + " says applies after the deferral could never apply");
        }
        return finding == null ? null : new Trigger(finding, from, until, notBefore, thenUntil);
    }

    /** Fail closed: a finding that no rule names, directly or through what it implies, would pass silently. */
    private void checkEveryFindingReachesARule(Implications implications) {
        Set<FindingCode> named = EnumSet.noneOf(FindingCode.class);
        rules.values().forEach(rule -> rule.triggers().forEach(t -> named.add(t.finding())));
        for (FindingCode code : FindingCode.values()) {
            if (!implications.reaches(code, named)) {
                problem("rules", "finding " + code + " reaches no rule: every finding the intake can raise must be "
                        + "decided for every treatment");
            }
        }
    }

    // ------------------------------------------------------------------------------ treatments

    private Map<String, TreatmentDef> treatmentDefs(List<TreatmentDef> defs) {
        Map<String, TreatmentDef> byCode = new LinkedHashMap<>();
        if (defs == null || defs.isEmpty()) {
            problem("treatments", "at least one treatment is required");
            return byCode;
        }
        for (int i = 0; i < defs.size(); i++) {
            TreatmentDef def = defs.get(i);
            if (def == null || blank(def.code())) {
                problem("treatments[" + i + "]", "'code' is required");
            } else if (byCode.putIfAbsent(def.code(), def) != null) {
                problem("treatments[" + def.code() + "]", "duplicate treatment code");
            }
        }
        return byCode;
    }

    /** One treatment's answer for one rule's finding, before it becomes cases. */
    private record Effect(Outcome outcome, Period until, Outcome then, Outcome asAlternative,
            List<Instruction> instructions, String ref, String because, String overriddenBy) {

        boolean noEffect() {
            return outcome == null;
        }
    }

    private Treatment compileTreatment(TreatmentDef def, boolean offered, Map<String, Toggle> toggles,
            List<Override> overrides, Map<String, Map<FindingCode, RuleCase>> primaryOutcomes) {
        String path = "treatments[" + def.code() + "]";
        requireText(def.name(), path + ".name");
        requireText(def.description(), path + ".description");
        Map<Goal, GoalStrength> goals = new EnumMap<>(Goal.class);
        if (def.goals() == null || def.goals().isEmpty()) {
            problem(path + ".goals", "at least one goal is required");
        } else {
            def.goals().forEach((goal, strength) -> {
                Goal g = enumValue(Goal.class, goal, path + ".goals", false);
                GoalStrength s = enumValue(GoalStrength.class, strength, path + ".goals." + goal, false);
                if (g != null && s != null) {
                    goals.put(g, s);
                }
            });
        }
        Set<Goal> suggestedOnlyFor = EnumSet.noneOf(Goal.class);
        if (def.suggestedOnlyFor() != null) {
            for (String goal : def.suggestedOnlyFor()) {
                Goal g = enumValue(Goal.class, goal, path + ".suggestedOnlyFor", false);
                if (g != null && !goals.containsKey(g)) {
                    problem(path + ".suggestedOnlyFor", goal + " is not among the treatment's goals");
                } else if (g != null) {
                    suggestedOnlyFor.add(g);
                }
            }
        }
        List<Instruction> treatmentInstructions = instructionRefs(def.instructions(), path + ".instructions");
        SessionGuidance guidance = def.sessionGuidance() == null ? null
                : compileGuidance(def.sessionGuidance(), path + ".sessionGuidance");

        Map<String, Map<FindingCode, Effect>> effects = effects(def, path);
        for (Override override : overrides) {
            Map<FindingCode, Effect> byFinding = effects.get(override.rule());
            if (byFinding == null) {
                continue;
            }
            byFinding.replaceAll((finding, effect) -> override.finding() != null && override.finding() != finding
                    ? effect : overridden(effect, override));
        }
        List<Rule> compiledRules = new ArrayList<>();
        List<NoEffect> noEffects = new ArrayList<>();
        for (RuleSpec rule : rules.values()) {
            Map<FindingCode, Effect> byFinding = effects.get(rule.code());
            if (byFinding == null) {
                continue;
            }
            Map<FindingCode, RuleCase> outcomes = new EnumMap<>(FindingCode.class);
            primaryOutcomes.put(rule.code(), outcomes);
            List<RuleCase> cases = new ArrayList<>();
            String effectRef = null;
            boolean wholeRuleWithoutEffect = byFinding.values().stream().allMatch(Effect::noEffect)
                    && byFinding.values().stream().map(Effect::because).distinct().count() == 1;
            for (Trigger trigger : rule.triggers()) {
                Effect effect = raised(byFinding.get(trigger.finding()), rule.code(), toggles);
                String casePath = path + ".effects." + rule.code() + "." + trigger.finding();
                if (effect.noEffect()) {
                    if (!wholeRuleWithoutEffect || noEffects.isEmpty()
                            || !noEffects.get(noEffects.size() - 1).rule().equals(rule.code())) {
                        noEffects.add(new NoEffect(rule.code(), wholeRuleWithoutEffect ? null : trigger.finding(),
                                effect.because(), effect.overriddenBy()));
                    }
                    continue;
                }
                effectRef = effect.ref() == null ? effectRef : effect.ref();
                List<RuleCase> triggerCases = cases(rule, trigger, effect, casePath);
                if (!triggerCases.isEmpty()) {
                    outcomes.put(trigger.finding(), triggerCases.get(0));
                }
                cases.addAll(triggerCases);
            }
            if (!cases.isEmpty()) {
                compiledRules.add(new Rule(rule.code(), rule.category(), rule.ref(), rule.sources(), List.copyOf(cases),
                        effectRef));
            }
        }
        Parameter interval = def.sessionGuidance() == null ? null : parameters.get(def.sessionGuidance().minimumInterval());
        List<Treatment.DescriptionVariant> variants = descriptionVariants(def.descriptionWhen(), compiledRules,
                path + ".descriptionWhen");
        return new Treatment(def.code(), def.name(), def.description(), variants,
                Boolean.TRUE.equals(def.prescription()), Boolean.TRUE.equals(def.requestable()), offered,
                def.atLeastAsCautiousAs(), Collections.unmodifiableMap(goals), Collections.unmodifiableSet(suggestedOnlyFor),
                treatmentInstructions, guidance, interval == null ? null : interval.period(), List.copyOf(compiledRules),
                List.copyOf(noEffects));
    }

    /**
     * A variant names only rules that can fire for its treatment: one naming a rule without effect could never
     * show, and would hide that the description it was meant to replace still contradicts that finding.
     */
    private List<Treatment.DescriptionVariant> descriptionVariants(List<PolicyDocument.DescriptionWhenDef> defs,
            List<Rule> compiledRules, String path) {
        if (defs == null) {
            return List.of();
        }
        Set<String> firing = new HashSet<>();
        compiledRules.forEach(rule -> firing.add(rule.code()));
        List<Treatment.DescriptionVariant> variants = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            PolicyDocument.DescriptionWhenDef def = defs.get(i);
            String at = path + "[" + i + "]";
            if (def.rules() == null || def.rules().isEmpty()) {
                problem(at + ".rules", "at least one rule is required");
                continue;
            }
            for (String rule : def.rules()) {
                if (!firing.contains(rule)) {
                    problem(at + ".rules", rule + " never fires for this treatment");
                }
            }
            if (def.because() == null || def.because().isBlank()) {
                problem(at + ".because", "say which part of the description conflicts with these findings");
            }
            requireText(def.text(), at + ".text");
            variants.add(new Treatment.DescriptionVariant(Set.copyOf(def.rules()),
                    renderedText(def.text(), List.of(), false, at + ".text")));
        }
        return List.copyOf(variants);
    }

    /** Every rule answered exactly once, in "effects" or "noEffect", and every finding of a per-finding entry. */
    private Map<String, Map<FindingCode, Effect>> effects(TreatmentDef def, String path) {
        Map<String, Map<FindingCode, Effect>> result = new LinkedHashMap<>();
        if (def.effects() != null) {
            def.effects().forEach((code, node) -> {
                String rulePath = path + ".effects." + code;
                RuleSpec rule = rules.get(code);
                if (rule == null) {
                    problem(rulePath, "unknown rule '" + code + "'");
                    return;
                }
                Map<FindingCode, Effect> byFinding = new EnumMap<>(FindingCode.class);
                if (node != null && node.isObject() && !node.has("outcome")) {
                    Set<String> named = new HashSet<>();
                    node.fieldNames().forEachRemaining(named::add);
                    for (Trigger trigger : rule.triggers()) {
                        JsonNode one = node.get(trigger.finding().name());
                        named.remove(trigger.finding().name());
                        if (one == null) {
                            problem(rulePath, "no outcome for finding " + trigger.finding());
                        } else {
                            put(byFinding, trigger.finding(), effect(one, rulePath + "." + trigger.finding()));
                        }
                    }
                    named.forEach(name -> problem(rulePath + "." + name, "rule " + code + " does not fire on " + name));
                } else {
                    Effect effect = effect(node, rulePath);
                    rule.triggers().forEach(t -> put(byFinding, t.finding(), effect));
                }
                if (byFinding.size() == rule.triggers().size()) {
                    result.put(code, byFinding);
                }
            });
        }
        List<NoEffectDef> groups = def.noEffect() == null ? List.of() : def.noEffect();
        for (int i = 0; i < groups.size(); i++) {
            NoEffectDef group = groups.get(i);
            String groupPath = path + ".noEffect[" + i + "]";
            if (group == null || blank(group.because()) || group.rules() == null) {
                problem(groupPath, "'because' (the reference row or [policy] reason) and 'rules' are required");
                continue;
            }
            for (String code : group.rules()) {
                RuleSpec rule = rules.get(code);
                if (rule == null) {
                    problem(groupPath + ".rules", "unknown rule '" + code + "'");
                } else if (result.containsKey(code) || def.effects() != null && def.effects().containsKey(code)) {
                    problem(groupPath + ".rules", "rule " + code + " is answered twice for this treatment");
                } else {
                    Map<FindingCode, Effect> byFinding = new EnumMap<>(FindingCode.class);
                    Effect none = new Effect(null, null, null, null, List.of(), null, group.because(), null);
                    rule.triggers().forEach(t -> byFinding.put(t.finding(), none));
                    result.put(code, byFinding);
                }
            }
        }
        for (String code : rules.keySet()) {
            if (!result.containsKey(code) && (def.effects() == null || !def.effects().containsKey(code))) {
                problem(path, "no outcome for rule " + code + ": state its effect, or list it under 'noEffect' "
                        + "with the reason");
            }
        }
        return result;
    }

    private static void put(Map<FindingCode, Effect> byFinding, FindingCode finding, Effect effect) {
        if (effect != null) {
            byFinding.put(finding, effect);
        }
    }

    private Effect effect(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problem(path, "an outcome is required");
            return null;
        }
        EffectDef def = node.isTextual() ? new EffectDef(node.asText(), null, null, null, null, null, null)
                : treeTo(node, EffectDef.class, path);
        if (def == null) {
            return null;
        }
        if (NO_EFFECT.equals(def.outcome())) {
            if (blank(def.because())) {
                problem(path + ".because", "NO_EFFECT needs the reason (a reference row or a [policy] choice)");
                return null;
            }
            return new Effect(null, null, null, null, List.of(), def.ref(), def.because(), null);
        }
        if (def.because() != null) {
            problem(path + ".because", "only a NO_EFFECT entry has 'because'");
        }
        Outcome outcome = enumValue(Outcome.class, def.outcome(), path + ".outcome", false);
        Outcome then = def.then() == null ? null : enumValue(Outcome.class, def.then(), path + ".then", false);
        Outcome asAlternative = def.asAlternative() == null ? null
                : enumValue(Outcome.class, def.asAlternative(), path + ".asAlternative", false);
        // A deferral until resolved may name what follows the resolution (reference "then review").
        if (then != null && outcome != Outcome.DEFER_UNTIL_DATE && outcome != Outcome.DEFER_UNTIL_RESOLVED) {
            problem(path + ".then", "only a deferral (DEFER_UNTIL_DATE or DEFER_UNTIL_RESOLVED) has a 'then'");
        }
        if (then == Outcome.DEFER_UNTIL_DATE) {
            problem(path + ".then", "what applies after a date deferral cannot itself be a date deferral");
        }
        if (asAlternative == Outcome.DEFER_UNTIL_DATE && outcome != Outcome.DEFER_UNTIL_DATE) {
            problem(path + ".asAlternative", "a date deferral needs the window of a DEFER_UNTIL_DATE outcome");
        }
        if (asAlternative != null && outcome != null && asAlternative.ordinal() > outcome.ordinal()) {
            problem(path + ".asAlternative", "must be at least as cautious as the outcome " + outcome);
        }
        List<Instruction> caseInstructions = instructionRefs(def.instructions(), path + ".instructions");
        return outcome == null ? null : new Effect(outcome, period(def.until(), path + ".until"), then, asAlternative,
                caseInstructions, def.ref(), null, null);
    }

    private Effect overridden(Effect effect, Override override) {
        if (NO_EFFECT.equals(override.outcome())) {
            return new Effect(null, null, null, null, List.of(), null, "clinic override: " + override.justification(),
                    override.justification());
        }
        Outcome outcome = Outcome.valueOf(override.outcome());
        return new Effect(outcome, effect.until(), outcome == Outcome.DEFER_UNTIL_DATE || outcome == Outcome.DEFER_UNTIL_RESOLVED ? effect.then() : null,
                atLeast(effect.asAlternative(), outcome), effect.instructions(), effect.ref(), null,
                override.justification());
    }

    /** An "as an alternative" outcome kept, but never less cautious than the outcome it goes with. */
    private static Outcome atLeast(Outcome asAlternative, Outcome outcome) {
        if (asAlternative == null) {
            return null;
        }
        return asAlternative.ordinal() <= outcome.ordinal() ? asAlternative : outcome;
    }

    /** A §7 toggle that is on raises the rule's outcome; a rule without effect stays so. */
    private static Effect raised(Effect effect, String rule, Map<String, Toggle> toggles) {
        if (effect.noEffect()) {
            return effect;
        }
        Effect result = effect;
        for (Toggle toggle : toggles.values()) {
            if (toggle.on() && toggle.rule().equals(rule) && toggle.to() != null
                    && toggle.to().ordinal() < result.outcome().ordinal()) {
                result = new Effect(toggle.to(), result.until(), null, atLeast(result.asAlternative(), toggle.to()),
                        result.instructions(), toggle.ref(), null, result.overriddenBy());
            }
        }
        return result;
    }

    private List<RuleCase> cases(RuleSpec rule, Trigger trigger, Effect effect, String path) {
        Period until = effect.until() != null ? effect.until() : trigger.until();
        if (brokenRules.contains(rule.code())) {
            return List.of();
        }
        if (effect.outcome() == Outcome.DEFER_UNTIL_DATE && until == null) {
            problem(path, "DEFER_UNTIL_DATE needs a window: 'until' on the rule's finding or on this effect");
            return List.of();
        }
        if (effect.outcome() == Outcome.DEFER_UNTIL_RESOLVED && rule.texts().resolve() == null) {
            problem("rules." + rule.code() + ".text.resolve", "a rule that can defer until resolved needs a text "
                    + "saying what resolves it");
        }
        // The rule's own window is checked as written with the trigger (a clinic's values may close it); a
        // treatment's own 'until' must leave room for 'then'. A 'then' after a resolution has no window.
        boolean datedThen = effect.then() != null && effect.outcome() == Outcome.DEFER_UNTIL_DATE;
        if (datedThen && trigger.thenUntil() != null && effect.until() != null
                && days(until) >= days(trigger.thenUntil())) {
            problem(path, "the window ends at or after 'thenUntil', so 'then' would never apply");
        }
        Period notBefore = effect.outcome() == Outcome.DEFER_UNTIL_RESOLVED ? trigger.notBefore() : null;
        List<RuleCase> cases = new ArrayList<>(2);
        cases.add(new RuleCase(trigger.finding(), effect.outcome(), trigger.from(), until, notBefore, effect.then(),
                effect.asAlternative(), effect.instructions(), rule.texts(), effect.overriddenBy()));
        if (datedThen) {
            cases.add(new RuleCase(trigger.finding(), effect.then(), until, trigger.thenUntil(), null, null, null,
                    effect.instructions(), rule.texts(), effect.overriddenBy()));
        }
        return cases;
    }

    /**
     * RF and PRP microneedling name microneedling here: for every rule and finding they must decide at
     * least as cautiously, so they can never rescue a patient it excludes.
     */
    private void checkAtLeastAsCautious(Map<String, Treatment> treatments,
            Map<String, Map<String, Map<FindingCode, RuleCase>>> outcomes) {
        for (Treatment treatment : treatments.values()) {
            String reference = treatment.atLeastAsCautiousAs();
            if (reference == null) {
                continue;
            }
            if (!treatments.containsKey(reference)) {
                problem("treatments[" + treatment.code() + "].atLeastAsCautiousAs", "unknown treatment '" + reference
                        + "'");
                continue;
            }
            Map<String, Map<FindingCode, RuleCase>> mine = outcomes.get(treatment.code());
            outcomes.get(reference).forEach((rule, byFinding) -> byFinding.forEach((finding, theirs) -> {
                RuleCase own = mine.getOrDefault(rule, Map.of()).get(finding);
                String why = lessCautious(own, theirs);
                if (why != null) {
                    String path = "treatments[" + treatment.code() + "].effects." + rule;
                    String message = "is less cautious than " + reference + " for " + finding + " (" + why + ")";
                    // With clinic settings, their overrides are what can break this: report it against them.
                    if (clinicLocation != null) {
                        clinicProblem("overrides: " + path, message);
                    } else {
                        problem(path, message);
                    }
                }
            }));
        }
    }

    /**
     * Why {@code own} is less cautious than {@code theirs}, or null: a weaker status; a date deferral where
     * theirs waits for a resolution; a shorter date deferral; a weaker outcome once the deferral ends; or a
     * weaker outcome when only suggested.
     */
    private static String lessCautious(RuleCase own, RuleCase theirs) {
        if (own == null) {
            return NO_EFFECT + " < " + theirs.outcome();
        }
        if (own.outcome().status().ordinal() > theirs.outcome().status().ordinal()) {
            return own.outcome() + " < " + theirs.outcome();
        }
        if (own.outcome().status() == theirs.outcome().status()) {
            if (own.outcome() == Outcome.DEFER_UNTIL_DATE && theirs.outcome() == Outcome.DEFER_UNTIL_RESOLVED) {
                return "a date deferral where it waits for a resolution";
            }
            if (own.outcome() == Outcome.DEFER_UNTIL_DATE && theirs.outcome() == Outcome.DEFER_UNTIL_DATE
                    && own.until() != null && theirs.until() != null && days(own.until()) < days(theirs.until())) {
                return "deferred " + own.until() + " < " + theirs.until();
            }
            if (theirs.then() != null && (own.then() == null ? Outcome.ELIGIBLE_WITH_PRECAUTIONS.ordinal() + 1
                    : own.then().ordinal()) > theirs.then().ordinal()) {
                return "after the deferral " + (own.then() == null ? "nothing" : own.then()) + " < " + theirs.then();
            }
        }
        Outcome ownSuggested = own.outcomeFor(true);
        Outcome theirSuggested = theirs.outcomeFor(true);
        if (ownSuggested.status().ordinal() > theirSuggested.status().ordinal()) {
            return "as an alternative " + ownSuggested + " < " + theirSuggested;
        }
        return null;
    }

    private SessionGuidance compileGuidance(SessionGuidanceDef def, String path) {
        Map<TreatmentArea, SessionGuidance.DepthRange> depths = new EnumMap<>(TreatmentArea.class);
        if (def.needleDepthMm() != null) {
            def.needleDepthMm().forEach((area, depth) -> {
                TreatmentArea a = enumValue(TreatmentArea.class, area, path + ".needleDepthMm", false);
                String depthPath = path + ".needleDepthMm." + area;
                BigDecimal max = depth == null ? null : millimetres(depth.max(), depthPath + ".max");
                if (depth == null || depth.min() == null || max == null) {
                    problem(depthPath, "'min' and 'max' are required");
                } else if (depth.min().signum() < 0 || depth.min().compareTo(max) > 0) {
                    problem(depthPath, "needs 0 <= min <= max");
                } else if (a != null) {
                    depths.put(a, new SessionGuidance.DepthRange(depth.min(), max));
                }
            });
        }
        Parameter interval = parameters.get(def.minimumInterval());
        int days = -1;
        int floor = -1;
        if (interval == null || interval.period() == null) {
            problem(path + ".minimumInterval", "a period parameter is required");
        } else {
            days = (int) days(interval.period());
            floor = (int) days(Period.parse(interval.min()));
        }
        requireText(def.sessions(), path + ".sessions");
        if (def.notes() != null) {
            requireText(def.notes(), path + ".notes");
        }
        // The guidance's texts may state its interval and its depth caps only through placeholders.
        Set<Parameter> bound = new LinkedHashSet<>();
        if (interval != null) {
            bound.add(interval);
        }
        if (def.needleDepthMm() != null) {
            def.needleDepthMm().values().stream().filter(d -> d != null && parameters.containsKey(d.max()))
                    .forEach(d -> bound.add(parameters.get(d.max())));
        }
        return new SessionGuidance(depths, days, floor, renderedText(def.sessions(), bound, false, path + ".sessions"),
                renderedText(def.notes(), bound, false, path + ".notes"));
    }

    private BigDecimal millimetres(String text, String path) {
        if (text == null) {
            return null;
        }
        Parameter parameter = parameters.get(text);
        if (parameter != null) {
            if (parameter.number() == null) {
                problem(path, "parameter " + text + " is not a number");
            }
            return parameter.number();
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(path, "'" + text + "' is neither a number nor a parameter name");
            return null;
        }
    }

    // ------------------------------------------------------------------------------- helpers

    private <T> T treeTo(JsonNode node, Class<T> type, String path) {
        try {
            return TREES.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            problem(path, "not a valid entry here (" + (node.isObject() ? "keys " + fieldNames(node) : node.toString())
                    + ")");
            return null;
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void checkReasonText(ReasonText text, String path) {
        if (text == null) {
            problem(path, "texts are required");
            return;
        }
        requireText(text.summary(), path + ".summary");
        requireText(text.patient(), path + ".patient");
        requireText(text.clinician(), path + ".clinician");
        if (text.resolve() != null) {
            requireText(text.resolve(), path + ".resolve");
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
                problem(path, "unknown " + kind + " '" + key + "'");
            } else {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path, boolean clinic) {
        if (value == null) {
            report(clinic, path, "a value is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            report(clinic, path, "unknown " + type.getSimpleName() + " '" + value + "' (known: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + (type == Outcome.class && clinic ? ", " + NO_EFFECT : "") + ")");
            return null;
        }
    }

    private void requireText(LocalizedText text, String path) {
        if (text == null || !text.isComplete()) {
            problem(path, "text in every language (" + Arrays.stream(Language.values()).map(Language::tag).toList()
                    + ") is required");
        }
    }

    private void report(boolean clinic, String path, String message) {
        if (clinic) {
            clinicProblem(path, message);
        } else {
            problem(path, message);
        }
    }

    private void problem(String path, String message) {
        problems.add(location + ": " + path + ": " + message);
    }

    private void clinicProblem(String path, String message) {
        problems.add(clinicLocation + ": " + path + ": " + message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
