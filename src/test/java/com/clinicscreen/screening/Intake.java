package com.clinicscreen.screening;

import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.config.StrictJsonCustomizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A screening request as JSON, starting from a healthy patient who answered "no" to everything, and
 * changed by request path ({@code answers.pregnancy.status}), exactly as a client would write it.
 */
public final class Intake {

    public static final ObjectMapper MAPPER = strictMapper();

    private final ObjectNode root;

    private Intake(ObjectNode root) {
        this.root = root;
    }

    /** Face, goals acne scars and fine lines, born 1990-05-15, planned for 2026-10-01, every answer "no". */
    public static Intake healthy() {
        try (InputStream in = Intake.class.getResourceAsStream("/intakes/healthy.json")) {
            return new Intake((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a value (string, number, boolean or a JSON text starting with '[' or '{') at a dotted path. */
    public Intake set(String path, Object value) {
        String[] steps = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node.get(steps[i]);
            if (!(next instanceof ObjectNode)) {
                next = node.putObject(steps[i]);
            }
            node = (ObjectNode) next;
        }
        node.set(steps[steps.length - 1], toNode(value));
        return this;
    }

    /** Removes the value at a dotted path. */
    public Intake remove(String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : root.at("/" + path.substring(0, dot).replace('.', '/'));
        if (parent instanceof ObjectNode object) {
            object.remove(path.substring(dot + 1));
        }
        return this;
    }

    public Intake procedure(String type, String date) {
        ObjectNode procedures = (ObjectNode) root.with("answers").with("proceduresInArea");
        procedures.put("status", "YES");
        ArrayNode list = procedures.has("procedures") ? (ArrayNode) procedures.get("procedures")
                : procedures.putArray("procedures");
        list.addObject().put("type", type).put("date", date);
        return this;
    }

    /** The names of the answers given (the fields of "answers"), in order. */
    public java.util.List<String> answerNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        root.path("answers").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** An independent copy, to change without changing this one. */
    public Intake copy() {
        return new Intake(root.deepCopy());
    }

    public String json() {
        return root.toString();
    }

    public ScreeningRequest request() {
        try {
            return MAPPER.treeToValue(root, ScreeningRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return MAPPER.nullNode();
        }
        if (value instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return MAPPER.valueToTree(value);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS); // as application.properties sets it
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }
}
