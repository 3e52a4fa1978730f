package com.clinicscreen.screening.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds keys written twice in one mapping of a YAML file, by their entry path as the compiler names entries
 * ({@code parameters.AGE_MINIMUM}, {@code overrides[1].rule}) and the lines they are on. A YAML reader would
 * otherwise keep one of the two in silence, or stop at the first with a message that names neither.
 */
final class DuplicateKeys {

    private static final YAMLFactory YAML = new YAMLFactory();

    /** One open mapping or sequence: its path, and the line of each key seen (mapping) or the next index. */
    private static final class Level {
        final String path;
        final Map<String, Integer> lines;
        int index;
        String key;

        Level(String path, boolean mapping) {
            this.path = path;
            this.lines = mapping ? new HashMap<>() : null;
        }

        String child() {
            if (lines != null) {
                return path.isEmpty() ? key : path + "." + key;
            }
            return path + "[" + index++ + "]";
        }
    }

    private DuplicateKeys() {}

    /**
     * Each key written twice, as "{path}: written twice (lines {first} and {second})", in file order; empty when
     * there is none or when the bytes are not YAML (reading them reports that).
     */
    static List<String> find(byte[] bytes) {
        List<String> found = new ArrayList<>();
        Deque<Level> open = new ArrayDeque<>();
        try (JsonParser parser = YAML.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Level level = open.peek();
                switch (token) {
                    case FIELD_NAME -> {
                        String key = parser.currentName();
                        int line = parser.currentTokenLocation().getLineNr();
                        level.key = key;
                        Integer first = level.lines.putIfAbsent(key, line);
                        if (first != null) {
                            found.add(level.child() + ": written twice (lines " + first + " and " + line + ")");
                        }
                    }
                    case START_OBJECT, START_ARRAY -> open.push(new Level(level == null ? "" : level.child(),
                            token == JsonToken.START_OBJECT));
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        if (level != null && level.lines == null) {
                            level.index++;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not YAML: reading the file reports it with its line.
            return found;
        }
        return found;
    }
}
