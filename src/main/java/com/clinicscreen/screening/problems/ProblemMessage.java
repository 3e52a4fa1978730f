package com.clinicscreen.screening.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A message by key with its arguments, in no language yet: rendered when the response's language is
 * known. Arguments are kept as text (dates ISO-8601, numbers without grouping), so a number reads the
 * same in every language and rendering needs no formatter.
 */
public record ProblemMessage(ProblemKey key, List<String> args) {

    public ProblemMessage {
        if (args.size() != key.arguments().size()) {
            throw new IllegalArgumentException(key.code() + " takes " + key.arguments() + ", got " + args.size()
                    + " argument(s)");
        }
        args = List.copyOf(args);
    }

    public static ProblemMessage of(ProblemKey key, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new ProblemMessage(key, texts);
    }
}
