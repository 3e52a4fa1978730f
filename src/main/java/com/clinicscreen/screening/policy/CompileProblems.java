package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.domain.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every problem found while compiling, each prefixed with the file it is in (the policy or the clinic
 * settings) and the entry, so a clinic fixing its files sees all of them at once; and the small reads that
 * either give a value or report why not.
 */
final class CompileProblems {

    private static final ObjectMapper TREES = new ObjectMapper();

    private final String location;
    private final String clinicLocation;
    private final List<String> problems = new ArrayList<>();

    CompileProblems(String location, String clinicLocation) {
        this.location = location;
        this.clinicLocation = clinicLocation;
    }

    /** A problem in the base policy file. */
    void problem(String path, String message) {
        problems.add(location + ": " + path + ": " + message);
    }

    /** A problem in the clinic-settings file. */
    void clinicProblem(String path, String message) {
        problems.add(clinicLocation + ": " + path + ": " + message);
    }

    void report(boolean clinic, String path, String message) {
        if (clinic) {
            clinicProblem(path, message);
        } else {
            problem(path, message);
        }
    }

    /** Whether clinic settings are being compiled (their file is where clinic-caused problems belong). */
    boolean withClinic() {
        return clinicLocation != null;
    }

    int count() {
        return problems.size();
    }

    List<String> all() {
        return List.copyOf(problems);
    }

    <T> T treeTo(JsonNode node, Class<T> type, String path) {
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

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path, boolean clinic) {
        if (value == null) {
            report(clinic, path, "a value is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            report(clinic, path, "unknown " + type.getSimpleName() + " '" + value + "' (known: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + (type == Outcome.class && clinic ? ", " + PolicyCompiler.NO_EFFECT : "") + ")");
            return null;
        }
    }

    void requireText(LocalizedText text, String path) {
        if (text == null || !text.isComplete()) {
            problem(path, "text in every language (" + Arrays.stream(Language.values()).map(Language::tag).toList()
                    + ") is required");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
