package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;
import static com.clinicscreen.screening.policy.PolicyValues.days;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.Goal;
import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.domain.TreatmentArea;
import com.clinicscreen.screening.policy.ClinicOverlay.ClinicOverride;
import com.clinicscreen.screening.policy.PolicyDocument.EffectDef;
import com.clinicscreen.screening.policy.PolicyDocument.NoEffectDef;
import com.clinicscreen.screening.policy.PolicyDocument.SessionGuidanceDef;
import com.clinicscreen.screening.policy.PolicyDocument.TreatmentDef;
import com.clinicscreen.screening.policy.RuleCompiler.RuleSpec;
import com.clinicscreen.screening.policy.RuleCompiler.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Treatments and their effects: for every rule, what each treatment does with each of its findings (an
 * outcome with its window and instructions, or no effect with the reason), raised by toggles and changed by
 * the clinic's overrides; and each treatment's goals and session guidance.
 */
final class TreatmentCompiler {

    /** One treatment's answer for one rule's finding, before it becomes cases. */
    private record Effect(Outcome outcome, Period until, Outcome then, Outcome asAlternative,
            List<Instruction> instructions, String ref, String because, AppliedOverride clinicOverride) {

        boolean noEffect() {
            return outcome == null;
        }
    }

    private final CompileProblems problems;
    private final PolicyValues values;
    private final Map<String, Parameter> parameters;
    private final Map<String, RuleSpec> rules;
    private final Map<String, Toggle> toggles;
    private final PolicyTexts texts;
    private final InstructionCompiler references;

    TreatmentCompiler(CompileProblems problems, PolicyValues values, Map<String, Parameter> parameters,
            Map<String, RuleSpec> rules, Map<String, Toggle> toggles, PolicyTexts texts, InstructionCompiler references) {
        this.problems = problems;
        this.values = values;
        this.parameters = parameters;
        this.rules = rules;
        this.toggles = toggles;
        this.texts = texts;
        this.references = references;
    }

    /** The treatment entries by code, in file order; a missing or repeated code is reported. */
    Map<String, TreatmentDef> definitions(List<TreatmentDef> defs) {
        Map<String, TreatmentDef> byCode = new LinkedHashMap<>();
        if (defs == null || defs.isEmpty()) {
            problems.problem("treatments", "at least one treatment is required");
            return byCode;
        }
        for (int i = 0; i < defs.size(); i++) {
            TreatmentDef def = defs.get(i);
            if (def == null || blank(def.code())) {
                problems.problem("treatments[" + i + "]", "'code' is required");
            } else if (byCode.putIfAbsent(def.code(), def) != null) {
                problems.problem("treatments[" + def.code() + "]", "duplicate treatment code");
            }
        }
        return byCode;
    }

    /**
     * One treatment; {@code primaryOutcomes} receives, per rule and finding, the first case its effect gives (what
     * the caution checks compare).
     */
    Treatment treatment(TreatmentDef def, boolean offered, List<ClinicOverride> overrides,
            Map<String, Map<FindingCode, RuleCase>> primaryOutcomes) {
        String path = "treatments[" + def.code() + "]";
        problems.requireText(def.name(), path + ".name");
        problems.requireText(def.description(), path + ".description");
        Map<Goal, GoalStrength> goals = new EnumMap<>(Goal.class);
        if (def.goals() == null || def.goals().isEmpty()) {
            problems.problem(path + ".goals", "at least one goal is required");
        } else {
            def.goals().forEach((goal, strength) -> {
                Goal g = problems.enumValue(Goal.class, goal, path + ".goals", false);
                GoalStrength s = problems.enumValue(GoalStrength.class, strength, path + ".goals." + goal, false);
                if (g != null && s != null) {
                    goals.put(g, s);
                }
            });
        }
        Set<Goal> suggestedOnlyFor = EnumSet.noneOf(Goal.class);
        if (def.suggestedOnlyFor() != null) {
            for (String goal : def.suggestedOnlyFor()) {
                Goal g = problems.enumValue(Goal.class, goal, path + ".suggestedOnlyFor", false);
                if (g != null && !goals.containsKey(g)) {
                    problems.problem(path + ".suggestedOnlyFor", goal + " is not among the treatment's goals");
                } else if (g != null) {
                    suggestedOnlyFor.add(g);
                }
            }
        }
        List<Instruction> treatmentInstructions = references.instructionRefs(def.instructions(), path + ".instructions");
        SessionGuidance guidance = def.sessionGuidance() == null ? null
                : guidance(def.sessionGuidance(), path + ".sessionGuidance");

        Map<String, Map<FindingCode, Effect>> effects = effects(def, path);
        for (ClinicOverride override : overrides) {
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
                Effect effect = raised(byFinding.get(trigger.finding()), rule.code());
                String casePath = path + ".effects." + rule.code() + "." + trigger.finding();
                if (effect.noEffect()) {
                    if (!wholeRuleWithoutEffect || noEffects.isEmpty()
                            || !noEffects.get(noEffects.size() - 1).rule().equals(rule.code())) {
                        noEffects.add(new NoEffect(rule.code(), wholeRuleWithoutEffect ? null : trigger.finding(),
                                effect.because(),
                                effect.clinicOverride() == null ? null : effect.clinicOverride().justification()));
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
        return new Treatment(def.code(), def.name(), def.description(), Boolean.TRUE.equals(def.requestable()), offered,
                def.atLeastAsCautiousAs(), Collections.unmodifiableMap(goals), Collections.unmodifiableSet(suggestedOnlyFor),
                treatmentInstructions, guidance, interval == null ? null : interval.period(), List.copyOf(compiledRules),
                List.copyOf(noEffects));
    }

    /** Every rule answered exactly once, in "effects" or "noEffect", and every finding of a per-finding entry. */
    private Map<String, Map<FindingCode, Effect>> effects(TreatmentDef def, String path) {
        Map<String, Map<FindingCode, Effect>> result = new LinkedHashMap<>();
        if (def.effects() != null) {
            def.effects().forEach((code, node) -> {
                String rulePath = path + ".effects." + code;
                RuleSpec rule = rules.get(code);
                if (rule == null) {
                    problems.problem(rulePath, "unknown rule '" + code + "'");
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
                            problems.problem(rulePath, "no outcome for finding " + trigger.finding());
                        } else {
                            put(byFinding, trigger.finding(), effect(one, rulePath + "." + trigger.finding()));
                        }
                    }
                    named.forEach(name -> problems.problem(rulePath + "." + name, "rule " + code + " does not fire on "
                            + name));
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
                problems.problem(groupPath, "'because' (the reference row or [policy] reason) and 'rules' are required");
                continue;
            }
            for (String code : group.rules()) {
                RuleSpec rule = rules.get(code);
                if (rule == null) {
                    problems.problem(groupPath + ".rules", "unknown rule '" + code + "'");
                } else if (result.containsKey(code) || def.effects() != null && def.effects().containsKey(code)) {
                    problems.problem(groupPath + ".rules", "rule " + code + " is answered twice for this treatment");
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
                problems.problem(path, "no outcome for rule " + code + ": state its effect, or list it under 'noEffect' "
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
            problems.problem(path, "an outcome is required");
            return null;
        }
        EffectDef def = node.isTextual() ? new EffectDef(node.asText(), null, null, null, null, null, null)
                : problems.treeTo(node, EffectDef.class, path);
        if (def == null) {
            return null;
        }
        if (PolicyCompiler.NO_EFFECT.equals(def.outcome())) {
            if (blank(def.because())) {
                problems.problem(path + ".because", "NO_EFFECT needs the reason (a reference row or a [policy] choice)");
                return null;
            }
            return new Effect(null, null, null, null, List.of(), def.ref(), def.because(), null);
        }
        if (def.because() != null) {
            problems.problem(path + ".because", "only a NO_EFFECT entry has 'because'");
        }
        Outcome outcome = problems.enumValue(Outcome.class, def.outcome(), path + ".outcome", false);
        Outcome then = def.then() == null ? null : problems.enumValue(Outcome.class, def.then(), path + ".then", false);
        Outcome asAlternative = def.asAlternative() == null ? null
                : problems.enumValue(Outcome.class, def.asAlternative(), path + ".asAlternative", false);
        // A deferral until resolved may name what follows the resolution (reference "then review").
        if (then != null && outcome != Outcome.DEFER_UNTIL_DATE && outcome != Outcome.DEFER_UNTIL_RESOLVED) {
            problems.problem(path + ".then", "only a deferral (DEFER_UNTIL_DATE or DEFER_UNTIL_RESOLVED) has a 'then'");
        }
        if (then == Outcome.DEFER_UNTIL_DATE) {
            problems.problem(path + ".then", "what applies after a date deferral cannot itself be a date deferral");
        }
        if (asAlternative == Outcome.DEFER_UNTIL_DATE && outcome != Outcome.DEFER_UNTIL_DATE) {
            problems.problem(path + ".asAlternative", "a date deferral needs the window of a DEFER_UNTIL_DATE outcome");
        }
        if (asAlternative != null && outcome != null && asAlternative.ordinal() > outcome.ordinal()) {
            problems.problem(path + ".asAlternative", "must be at least as cautious as the outcome " + outcome);
        }
        List<Instruction> caseInstructions = references.instructionRefs(def.instructions(), path + ".instructions");
        return outcome == null ? null : new Effect(outcome, values.period(def.until(), path + ".until", parameters), then,
                asAlternative, caseInstructions, def.ref(), null, null);
    }

    private static Effect overridden(Effect effect, ClinicOverride override) {
        AppliedOverride applied = new AppliedOverride(override.path(),
                effect.noEffect() ? PolicyCompiler.NO_EFFECT : effect.outcome().name(), override.justification());
        if (PolicyCompiler.NO_EFFECT.equals(override.outcome())) {
            return new Effect(null, null, null, null, List.of(), null, "clinic override: " + override.justification(),
                    applied);
        }
        Outcome outcome = Outcome.valueOf(override.outcome());
        return new Effect(outcome, effect.until(),
                outcome == Outcome.DEFER_UNTIL_DATE || outcome == Outcome.DEFER_UNTIL_RESOLVED ? effect.then() : null,
                atLeast(effect.asAlternative(), outcome), effect.instructions(), effect.ref(), null, applied);
    }

    /** An "as an alternative" outcome kept, but never less cautious than the outcome it goes with. */
    private static Outcome atLeast(Outcome asAlternative, Outcome outcome) {
        if (asAlternative == null) {
            return null;
        }
        return asAlternative.ordinal() <= outcome.ordinal() ? asAlternative : outcome;
    }

    /** A §7 toggle that is on raises the rule's outcome; a rule without effect stays so. */
    private Effect raised(Effect effect, String rule) {
        if (effect.noEffect()) {
            return effect;
        }
        Effect result = effect;
        for (Toggle toggle : toggles.values()) {
            if (toggle.on() && toggle.rule().equals(rule) && toggle.to() != null
                    && toggle.to().ordinal() < result.outcome().ordinal()) {
                result = new Effect(toggle.to(), result.until(), null, atLeast(result.asAlternative(), toggle.to()),
                        result.instructions(), toggle.ref(), null, result.clinicOverride());
            }
        }
        return result;
    }

    private List<RuleCase> cases(RuleSpec rule, Trigger trigger, Effect effect, String path) {
        Period until = effect.until() != null ? effect.until() : trigger.until();
        if (rule.broken()) {
            return List.of();
        }
        if (effect.outcome() == Outcome.DEFER_UNTIL_DATE && until == null) {
            problems.problem(path, "DEFER_UNTIL_DATE needs a window: 'until' on the rule's finding or on this effect");
            return List.of();
        }
        if (effect.outcome() == Outcome.DEFER_UNTIL_RESOLVED && rule.texts().resolve() == null) {
            problems.problem("rules." + rule.code() + ".text.resolve", "a rule that can defer until resolved needs a "
                    + "text saying what resolves it");
        }
        // The rule's own window is checked as written with the trigger (a clinic's values may close it); a
        // treatment's own 'until' must leave room for 'then'. A 'then' after a resolution has no window.
        boolean datedThen = effect.then() != null && effect.outcome() == Outcome.DEFER_UNTIL_DATE;
        if (datedThen && trigger.thenUntil() != null && effect.until() != null
                && days(until) >= days(trigger.thenUntil())) {
            problems.problem(path, "the window ends at or after 'thenUntil', so 'then' would never apply");
        }
        Period notBefore = effect.outcome() == Outcome.DEFER_UNTIL_RESOLVED ? trigger.notBefore() : null;
        List<RuleCase> cases = new ArrayList<>(2);
        cases.add(new RuleCase(trigger.finding(), effect.outcome(), trigger.from(), until, notBefore, effect.then(),
                effect.asAlternative(), effect.instructions(), rule.texts(), effect.clinicOverride()));
        if (datedThen) {
            cases.add(new RuleCase(trigger.finding(), effect.then(), until, trigger.thenUntil(), null, null, null,
                    effect.instructions(), rule.texts(), effect.clinicOverride()));
        }
        return cases;
    }

    private SessionGuidance guidance(SessionGuidanceDef def, String path) {
        Map<TreatmentArea, SessionGuidance.DepthRange> depths = new EnumMap<>(TreatmentArea.class);
        if (def.needleDepthMm() != null) {
            def.needleDepthMm().forEach((area, depth) -> {
                TreatmentArea a = problems.enumValue(TreatmentArea.class, area, path + ".needleDepthMm", false);
                String depthPath = path + ".needleDepthMm." + area;
                BigDecimal max = depth == null ? null : millimetres(depth.max(), depthPath + ".max");
                if (depth == null || depth.min() == null || max == null) {
                    problems.problem(depthPath, "'min' and 'max' are required");
                } else if (depth.min().signum() < 0 || depth.min().compareTo(max) > 0) {
                    problems.problem(depthPath, "needs 0 <= min <= max");
                } else if (a != null) {
                    depths.put(a, new SessionGuidance.DepthRange(depth.min(), max));
                }
            });
        }
        Parameter interval = parameters.get(def.minimumInterval());
        int days = -1;
        int floor = -1;
        if (interval == null || interval.period() == null) {
            problems.problem(path + ".minimumInterval", "a period parameter is required");
        } else {
            days = (int) days(interval.period());
            floor = (int) days(Period.parse(interval.min()));
        }
        problems.requireText(def.sessions(), path + ".sessions");
        if (def.notes() != null) {
            problems.requireText(def.notes(), path + ".notes");
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
        return new SessionGuidance(depths, days, floor, texts.rendered(def.sessions(), bound, false, path + ".sessions"),
                texts.rendered(def.notes(), bound, false, path + ".notes"));
    }

    private BigDecimal millimetres(String text, String path) {
        if (text == null) {
            return null;
        }
        Parameter parameter = parameters.get(text);
        if (parameter != null) {
            if (parameter.number() == null) {
                problems.problem(path, "parameter " + text + " is not a number");
            }
            return parameter.number();
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.problem(path, "'" + text + "' is neither a number nor a parameter name");
            return null;
        }
    }
}
