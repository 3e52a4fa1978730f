package com.clinicscreen.screening.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the strings a decision takes from the policy (codes, names, reasons, instructions, sources, in
 * both languages) from JSON bytes encoded once, instead of escaping and encoding them again in every
 * response: they are most of a decision's bytes. Any other string is written as usual. The output is the
 * same bytes either way.
 */
final class PreEncodedStrings extends StdScalarSerializer<String> {

    private final Map<String, SerializedString> known;

    private PreEncodedStrings(Map<String, SerializedString> known) {
        super(String.class);
        this.known = known;
    }

    /** Every string held anywhere in {@code root}, a tree of records, collections and maps (read once, at start). */
    static PreEncodedStrings of(Object root) {
        Map<String, SerializedString> known = new HashMap<>();
        collect(root, known);
        known.values().forEach(SerializedString::asQuotedUTF8); // encoded now, not by the first responses
        return new PreEncodedStrings(Map.copyOf(known));
    }

    boolean knows(String value) {
        return known.containsKey(value);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString encoded = known.get(value);
        if (encoded != null) {
            generator.writeString(encoded);
        } else {
            generator.writeString(value);
        }
    }

    private static void collect(Object value, Map<String, SerializedString> known) {
        if (value instanceof String text) {
            known.computeIfAbsent(text, SerializedString::new);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, known));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, known);
                collect(v, known);
            });
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), known);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        }
    }
}
