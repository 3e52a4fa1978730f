package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;

import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.policy.PolicyDocument.ParameterDef;
import com.clinicscreen.screening.policy.PolicyDocument.ToggleDef;
import com.clinicscreen.screening.policy.PolicyValues.Value;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The reference §7 parameters and toggles: the policy's defaults and ranges, and the values the clinic sets
 * within them.
 */
final class ParameterCompiler {

    /**
     * Two period parameters where, in force, {@code lower} must not be longer than {@code upper}: the two ends of
     * one window, or ({@code followingReview}) a deferral and the end of the review that follows it.
     */
    record ParameterOrder(String lower, String upper, boolean followingReview) {}

    private final CompileProblems problems;
    private final PolicyValues values;

    ParameterCompiler(CompileProblems problems, PolicyValues values) {
        this.problems = problems;
        this.values = values;
    }

    Map<String, Parameter> parameters(Map<String, ParameterDef> defs, Map<String, String> fromClinic) {
        Map<String, Parameter> result = new LinkedHashMap<>();
        if (defs == null) {
            problems.problem("parameters", "the reference §7 parameters are required");
            return result;
        }
        defs.forEach((name, def) -> {
            String path = "parameters." + name;
            if (def == null || blank(def.value()) || blank(def.min()) || blank(def.max()) || blank(def.ref())) {
                problems.problem(path, "'value', 'min', 'max' and 'ref' are required");
                return;
            }
            Value min = values.value(def.min(), path + ".min", false);
            Value max = values.value(def.max(), path + ".max", false);
            Value deflt = values.value(def.value(), path + ".value", false);
            if (min == null || max == null || deflt == null) {
                return;
            }
            if (!PolicyValues.sameKind(min, max, deflt) || PolicyValues.compare(min, max) > 0) {
                problems.problem(path, "'min', 'value' and 'max' must be of one kind (periods or numbers) with min <= max");
                return;
            }
            if (!PolicyValues.within(deflt, min, max)) {
                problems.problem(path + ".value", def.value() + " is outside [" + def.min() + ", " + def.max() + "]");
            }
            String text = def.value();
            Value effective = deflt;
            boolean setByClinic = fromClinic != null && fromClinic.containsKey(name);
            if (setByClinic) {
                String clinicPath = "parameters." + name;
                Value set = values.value(fromClinic.get(name), clinicPath, true);
                if (set != null && !PolicyValues.sameKind(set, min, max)) {
                    problems.clinicProblem(clinicPath, "'" + fromClinic.get(name) + "' is not "
                            + (min.period() != null ? "an ISO-8601 period such as " + def.value() : "a number"));
                } else if (set != null && !PolicyValues.within(set, min, max)) {
                    problems.clinicProblem(clinicPath, outOfRange(fromClinic.get(name), set, min, def));
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
                    .forEach(name -> problems.clinicProblem("parameters." + name, "unknown parameter (known: "
                            + String.join(", ", defs.keySet()) + ")"));
        }
        return result;
    }

    /**
     * Which published limit a clinic's value passes, e.g. "P2Y is above the published maximum P12M (range [P0D,
     * P12M]; ref)". A period is compared in every month, so P1M11D is below a P6W minimum (39 days from 1 February).
     */
    private static String outOfRange(String text, Value set, Value min, ParameterDef def) {
        boolean below = set.period() != null
                ? PolicyValues.shortest(set.period()) < PolicyValues.shortest(min.period())
                : PolicyValues.compare(set, min) < 0;
        String limit = below ? "below the published minimum " + def.min() : "above the published maximum " + def.max();
        String months = "";
        if (set.period() != null && (below ? PolicyValues.compare(set, min) >= 0
                : PolicyValues.days(set.period()) <= PolicyValues.days(Period.parse(def.max())))) {
            months = below ? " in some months (as short as " + PolicyValues.shortest(set.period()) + " days; "
                    + def.min() + " is at least " + PolicyValues.shortest(min.period()) + ")"
                    : " in some months (as long as " + PolicyValues.longest(set.period()) + " days; " + def.max()
                    + " is at most " + PolicyValues.longest(Period.parse(def.max())) + ")";
        }
        return text + " is " + limit + months + " (published range [" + def.min() + ", " + def.max() + "]; "
                + def.ref() + ")";
    }

    /**
     * Two parameters that bound one window in the policy (a deferral and the review after it, a minimum age and
     * the device-label age): with the clinic's values the lower may meet the upper but not pass it. Reported on
     * the lower when the clinic set it, else on the upper, naming both values.
     */
    void checkOrders(Map<String, Parameter> parameters, Collection<ParameterOrder> orders) {
        for (ParameterOrder order : orders) {
            Parameter lower = parameters.get(order.lower());
            Parameter upper = parameters.get(order.upper());
            if (lower == null || upper == null || lower.period() == null || upper.period() == null
                    || !(lower.setByClinic() || upper.setByClinic())
                    || PolicyValues.days(lower.period()) <= PolicyValues.days(upper.period())) {
                continue;
            }
            String why = order.followingReview()
                    ? "; the review after the " + lower.name() + " deferral ends at " + upper.name()
                            + ", so it may end with the deferral but not before it"
                    : "; the policy's window from " + lower.name() + " to " + upper.name()
                            + " may close (equal values) but not run backwards";
            if (lower.setByClinic()) {
                problems.clinicProblem("parameters." + lower.name(), lower.value() + " is above parameters."
                        + upper.name() + " (" + upper.value() + origin(upper) + ")" + why);
            } else {
                problems.clinicProblem("parameters." + upper.name(), upper.value() + " is below parameters."
                        + lower.name() + " (" + lower.value() + origin(lower) + ")" + why);
            }
        }
    }

    private static String origin(Parameter parameter) {
        return parameter.setByClinic() ? ", set in this file" : ", the policy's default";
    }

    Map<String, Toggle> toggles(Map<String, ToggleDef> defs, Map<String, Boolean> fromClinic, Set<String> ruleCodes) {
        Map<String, Toggle> result = new LinkedHashMap<>();
        if (defs != null) {
            defs.forEach((name, def) -> {
                String path = "toggles." + name;
                if (def == null || def.raise() == null || blank(def.ref())) {
                    problems.problem(path, "'ref' and 'raise' are required");
                    return;
                }
                if (!ruleCodes.contains(def.raise().rule())) {
                    problems.problem(path + ".raise.rule", "unknown rule '" + def.raise().rule() + "'");
                }
                Outcome to = problems.enumValue(Outcome.class, def.raise().to(), path + ".raise.to", false);
                boolean deflt = Boolean.TRUE.equals(def.value());
                boolean setByClinic = fromClinic != null && fromClinic.containsKey(name);
                Boolean set = setByClinic ? fromClinic.get(name) : null;
                if (setByClinic && set == null) {
                    problems.clinicProblem("toggles." + name, "true or false is required");
                }
                result.put(name, new Toggle(name, set == null ? deflt : set, deflt, def.ref(), def.raise().rule(), to,
                        setByClinic));
            });
        }
        if (fromClinic != null) {
            fromClinic.keySet().stream().filter(name -> !result.containsKey(name))
                    .forEach(name -> problems.clinicProblem("toggles." + name, "unknown toggle (known: "
                            + String.join(", ", result.keySet()) + ")"));
        }
        return result;
    }
}
