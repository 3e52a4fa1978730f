package com.clinicscreen.screening.policy;

import java.util.List;

/**
 * The policy or the clinic settings cannot be used; the message names the file, each entry and its
 * problem, and says that the service will not screen with them.
 */
public class PolicyException extends RuntimeException {

    private static final String LEAD = "The screening policy cannot be used, so the service will not screen: ";

    private final List<String> problems;

    /** Problems that already name their file and entry. */
    public PolicyException(List<String> problems) {
        super(LEAD + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public PolicyException(String location, String problem, Throwable cause) {
        super(LEAD + location + ": " + problem, cause);
        this.problems = List.of(location + ": " + problem);
    }

    public List<String> problems() {
        return problems;
    }
}
