package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;
import static com.clinicscreen.screening.policy.PolicyValues.days;

import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.domain.RuleCategory;
import com.clinicscreen.screening.policy.ParameterCompiler.ParameterOrder;
import com.clinicscreen.screening.policy.PolicyDocument.RuleDef;
import com.clinicscreen.screening.policy.PolicyDocument.TriggerDef;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings and rules: what a finding implies, what makes each rule fire (its triggers and their windows)
 * and what it says (its reason texts).
 */
final class RuleCompiler {

    /**
     * A rule as written once: what makes it fire and what it says. {@code broken} when the rule itself has a
     * reported problem, so its treatments do not repeat it.
     */
    record RuleSpec(String code, RuleCategory category, String ref, List<SourceRef> sources, List<Trigger> triggers,
            ReasonTexts texts, boolean broken) {}

    record Trigger(FindingCode finding, Period from, Period until, Period notBefore, Period thenUntil) {}

    private final CompileProblems problems;
    private final PolicyValues values;
    private final Map<String, Parameter> parameters;
    private final PolicyTexts texts;
    private final InstructionCompiler references;
    private final Set<ParameterOrder> orders = new LinkedHashSet<>();

    RuleCompiler(CompileProblems problems, PolicyValues values, Map<String, Parameter> parameters, PolicyTexts texts,
            InstructionCompiler references) {
        this.problems = problems;
        this.values = values;
        this.parameters = parameters;
        this.texts = texts;
        this.references = references;
    }

    Implications implications(Map<String, List<String>> defs) {
        Map<FindingCode, Set<FindingCode>> direct = new EnumMap<>(FindingCode.class);
        if (defs != null) {
            defs.forEach((from, to) -> {
                FindingCode source = problems.enumValue(FindingCode.class, from, "implications", false);
                if (source == null || to == null) {
                    return;
                }
                Set<FindingCode> implied = EnumSet.noneOf(FindingCode.class);
                for (String code : to) {
                    FindingCode target = problems.enumValue(FindingCode.class, code, "implications." + from, false);
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
                    problems.problem("implications." + code, "implies itself through " + Implications.sorted(reached));
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

    Map<String, RuleSpec> rules(Map<String, RuleDef> defs) {
        Map<String, RuleSpec> result = new LinkedHashMap<>();
        if (defs == null || defs.isEmpty()) {
            problems.problem("rules", "at least one rule is required");
            return result;
        }
        defs.forEach((code, def) -> {
            String path = "rules." + code;
            if (def == null) {
                problems.problem(path, "empty entry");
                return;
            }
            int problemsBefore = problems.count();
            RuleCategory category = problems.enumValue(RuleCategory.class, def.category(), path + ".category", false);
            if (blank(def.ref())) {
                problems.problem(path + ".ref", "the reference row this rule traces to is required");
            }
            texts.checkReasonText(def.text(), path + ".text");
            List<Trigger> triggers = new ArrayList<>();
            if (def.when() == null || def.when().isEmpty()) {
                problems.problem(path + ".when", "at least one finding is required");
            } else {
                Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
                for (int i = 0; i < def.when().size(); i++) {
                    Trigger trigger = trigger(def.when().get(i), path + ".when[" + i + "]");
                    if (trigger != null && !seen.add(trigger.finding())) {
                        problems.problem(path + ".when[" + i + "]", "finding " + trigger.finding() + " is named twice");
                    } else if (trigger != null) {
                        triggers.add(trigger);
                    }
                }
            }
            boolean broken = problems.count() > problemsBefore;
            if (category != null && def.text() != null) {
                ReasonTexts reasonTexts = texts.reasonTexts(def.text(), windowParameters(def.when()), path + ".text");
                result.put(code, new RuleSpec(code, category, def.ref(),
                        references.sourceRefs(def.sources(), path + ".sources"), List.copyOf(triggers), reasonTexts,
                        broken));
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

    private Trigger trigger(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problems.problem(path, "empty entry");
            return null;
        }
        if (node.isTextual()) {
            FindingCode finding = problems.enumValue(FindingCode.class, node.asText(), path, false);
            return finding == null ? null : new Trigger(finding, null, null, null, null);
        }
        TriggerDef def = problems.treeTo(node, TriggerDef.class, path);
        if (def == null) {
            return null;
        }
        FindingCode finding = problems.enumValue(FindingCode.class, def.finding(), path + ".finding", false);
        Period from = values.period(def.from(), path + ".from", parameters);
        Period until = values.period(def.until(), path + ".until", parameters);
        Period notBefore = values.period(def.notBefore(), path + ".notBefore", parameters);
        Period thenUntil = values.period(def.thenUntil(), path + ".thenUntil", parameters);
        // Checked as the policy file is written (parameters at their file values): a clinic's values may close a
        // window (a minimum age at the device-label age leaves no off-label band), and an empty window never fires.
        Period fromAsWritten = PolicyValues.asWritten(def.from(), from, parameters);
        Period untilAsWritten = PolicyValues.asWritten(def.until(), until, parameters);
        Period thenUntilAsWritten = PolicyValues.asWritten(def.thenUntil(), thenUntil, parameters);
        if (fromAsWritten != null && untilAsWritten != null && days(fromAsWritten) >= days(untilAsWritten)) {
            problems.problem(path, "'from' must be shorter than 'until'");
        }
        order(def.from(), def.until(), false);
        order(def.until(), def.thenUntil(), true);
        if (thenUntil != null && (untilAsWritten == null || days(thenUntilAsWritten) <= days(untilAsWritten))) {
            problems.problem(path + ".thenUntil", "needs an 'until' shorter than it");
        } else if (thenUntil != null && days(thenUntil) < days(until)
                && !(parameters.containsKey(def.until()) && parameters.containsKey(def.thenUntil()))) {
            // Two parameters are checked as such (ParameterCompiler.checkOrders); against a period the policy
            // writes, only the rule can say what is crossed. Meeting ends the "then" part; crossing means the
            // clinic's value contradicts the policy.
            String entry = parameters.containsKey(def.until()) ? def.until() : def.thenUntil();
            problems.clinicProblem("parameters." + entry, parameters.get(entry).value() + " makes the review after "
                    + "the deferral of " + path + " end (" + thenUntil + ") before the deferral does (" + until + ")");
        }
        return finding == null ? null : new Trigger(finding, from, until, notBefore, thenUntil);
    }

    /** Two parameters bounding one window, in order; checked once every value in force is known. */
    private void order(String lower, String upper, boolean followingReview) {
        if (lower != null && upper != null && parameters.containsKey(lower) && parameters.containsKey(upper)) {
            orders.add(new ParameterOrder(lower, upper, followingReview));
        }
    }

    /** The parameter pairs the rules' windows put in order, each once. */
    Set<ParameterOrder> parameterOrders() {
        return Collections.unmodifiableSet(orders);
    }

    /** Fail closed: a finding that no rule names, directly or through what it implies, would pass silently. */
    void checkEveryFindingReachesARule(Map<String, RuleSpec> rules, Implications implications) {
        Set<FindingCode> named = EnumSet.noneOf(FindingCode.class);
        rules.values().forEach(rule -> rule.triggers().forEach(t -> named.add(t.finding())));
        for (FindingCode code : FindingCode.values()) {
            if (!implications.reaches(code, named)) {
                problems.problem("rules", "finding " + code + " reaches no rule: every finding the intake can raise "
                        + "must be decided for every treatment");
            }
        }
    }
}
