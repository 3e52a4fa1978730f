package com.clinicscreen.screening.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads many request paths in one pass: paths are registered once (each gets a slot), and a read walks
 * every distinct prefix once, so {@code answers}, {@code answers.pregnancy} and
 * {@code answers.pregnancy.status} cost three accessor calls for all the items and conditions that use
 * them, instead of three for each.
 */
public final class PathReader {

    private record Step(int parent, Function<Object, Object> accessor) {}

    private final List<Step> steps = new ArrayList<>();
    private final Map<Step, Integer> slots = new HashMap<>();
    private int[] parents = new int[0];
    private Function<Object, Object>[] accessors;

    public PathReader() {
        steps.add(new Step(-1, null)); // slot 0: the root itself
    }

    /** The slot the value at {@code path} will be read into; registering a path twice gives the same slot. */
    public int slot(FieldPath path) {
        int slot = 0;
        for (Function<Object, Object> accessor : path.accessors()) {
            Step step = new Step(slot, accessor);
            Integer known = slots.get(step);
            if (known == null) {
                known = steps.size();
                steps.add(step);
                slots.put(step, known);
            }
            slot = known;
        }
        compile();
        return slot;
    }

    @SuppressWarnings("unchecked")
    private void compile() {
        parents = new int[steps.size()];
        accessors = new Function[steps.size()];
        for (int i = 1; i < steps.size(); i++) {
            parents[i] = steps.get(i).parent();
            accessors[i] = steps.get(i).accessor();
        }
    }

    /** Every registered path's value from {@code root}, by slot; null where it or a step on the way is absent. */
    public Object[] read(Object root) {
        Object[] values = new Object[parents.length];
        values[0] = root;
        for (int i = 1; i < values.length; i++) {
            Object parent = values[parents[i]];
            values[i] = parent == null ? null : accessors[i].apply(parent);
        }
        return values;
    }
}
