package com.clinicscreen.screening.policy;

import static com.clinicscreen.screening.policy.CompileProblems.blank;

import com.clinicscreen.screening.policy.PolicyDocument.InstructionDef;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference's sources and the policy's instructions (with their windows, from a parameter or in days),
 * and the lookups of both by id that rules and treatments make.
 */
final class InstructionCompiler {

    private final CompileProblems problems;
    private final Map<String, Parameter> parameters;
    private final PolicyTexts texts;
    private Map<String, SourceRef> sources = Map.of();
    private Map<String, Instruction> instructions = Map.of();

    InstructionCompiler(CompileProblems problems, Map<String, Parameter> parameters, PolicyTexts texts) {
        this.problems = problems;
        this.parameters = parameters;
        this.texts = texts;
    }

    void compileSources(Map<String, PolicyDocument.Source> defs) {
        Map<String, SourceRef> result = new LinkedHashMap<>();
        if (defs != null) {
            defs.forEach((id, def) -> {
                if (def == null || blank(def.label())) {
                    problems.problem("sources." + id, "'label' is required");
                } else if (!"primary".equals(def.kind()) && !"secondary".equals(def.kind())) {
                    problems.problem("sources." + id + ".kind", "must be primary or secondary (the reference's §0 table)");
                } else {
                    result.put(id, new SourceRef(id, def.label(), def.url(), "primary".equals(def.kind())));
                }
            });
        }
        sources = result;
    }

    /** Sources first: an instruction names its sources. */
    void compileInstructions(Map<String, InstructionDef> defs) {
        Map<String, Instruction> result = new LinkedHashMap<>();
        if (defs != null) {
            defs.forEach((code, def) -> {
                Instruction instruction = instruction(code, def);
                if (instruction != null) {
                    result.put(code, instruction);
                }
            });
        }
        instructions = result;
    }

    private Instruction instruction(String code, InstructionDef def) {
        String path = "instructions." + code;
        if (def == null) {
            problems.problem(path, "empty entry");
            return null;
        }
        Instruction.Phase phase = problems.enumValue(Instruction.Phase.class, def.phase(), path + ".phase", false);
        Instruction.Audience audience = problems.enumValue(Instruction.Audience.class, def.audience(),
                path + ".audience", false);
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
                problems.problem(path, "give one of 'before', 'after' or 'fromDay'/'toDay'");
            } else if (parameter == null || parameter.period() == null) {
                problems.problem(path + key, "'" + name + "' is not a period parameter");
            } else {
                bound.add(parameter);
                // The window and the text's {NAME} are the same value: the parameter in force.
                long days = PolicyValues.days(parameter.period());
                from = def.before() != null ? parameter.period().negated() : parameter.period();
                to = def.before() != null ? Period.ZERO : parameter.period();
                fromDay = (int) (def.before() != null ? -days : days);
                toDay = def.before() != null ? 0 : fromDay;
            }
        } else if ((def.fromDay() == null) != (def.toDay() == null)) {
            problems.problem(path, "give both 'fromDay' and 'toDay' or neither");
        } else if (def.fromDay() != null && def.fromDay() > def.toDay()) {
            problems.problem(path, "'fromDay' " + def.fromDay() + " is after 'toDay' " + def.toDay());
        }
        problems.requireText(def.text(), path + ".text");
        var text = texts.rendered(def.text(), bound, audience == Instruction.Audience.CLINICIAN, path + ".text");
        return new Instruction(code, phase, audience, fromDay, toDay, from, to, text,
                sourceRefs(def.sources(), path + ".sources"));
    }

    List<SourceRef> sourceRefs(List<String> ids, String path) {
        return refs(ids, path, sources, "source");
    }

    List<Instruction> instructionRefs(List<String> codes, String path) {
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
                problems.problem(path, "unknown " + kind + " '" + key + "'");
            } else {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }
}
