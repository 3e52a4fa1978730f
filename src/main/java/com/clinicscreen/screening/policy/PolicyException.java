package com.clinicscreen.screening.policy;

import java.util.List;

/** The policy file cannot be used; the message names the file, each entry and its problem. */
public class PolicyException extends RuntimeException {

    private final List<String> problems;

    public PolicyException(String location, List<String> problems) {
        super("Policy file " + location + " is invalid; the service will not screen with it:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public PolicyException(String location, String problem, Throwable cause) {
        super("Policy file " + location + " is invalid; the service will not screen with it:\n  - " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
