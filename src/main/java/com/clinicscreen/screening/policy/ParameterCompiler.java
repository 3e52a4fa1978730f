package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;

import com.clinicscreen.screening.domain.Outcome;
import com.clinicscreen.screening.policy.PolicyDocument.ParameterDef;
import com.clinicscreen.screening.policy.PolicyDocument.ToggleDef;
import com.clinicscreen.screening.policy.PolicyValues.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The reference §7 parameters and toggles: the policy's defaults and ranges, and the values the clinic sets
 * within them.
 */
final class ParameterCompiler {

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
                    problems.clinicProblem(clinicPath, fromClinic.get(name) + " is outside the range the reference allows ["
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
                    .forEach(name -> problems.clinicProblem("parameters." + name, "unknown parameter (known: "
                            + String.join(", ", defs.keySet()) + ")"));
        }
        return result;
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
