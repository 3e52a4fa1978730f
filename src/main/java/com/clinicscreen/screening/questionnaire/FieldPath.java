package com.clinicscreen.screening.questionnaire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path such as {@code answers.pregnancy.status}, resolved once against the request records
 * into accessor handles, so reading an answer per request involves no reflective lookup.
 */
public final class FieldPath {

    private final String path;
    private final List<MethodHandle> accessors;
    private final Class<?> valueType;
    private final Class<?> elementType;

    private FieldPath(String path, List<MethodHandle> accessors, Class<?> valueType, Class<?> elementType) {
        this.path = path;
        this.accessors = accessors;
        this.valueType = valueType;
        this.elementType = elementType;
    }

    /** Resolves a dotted path of record components starting at {@code root}; throws when a step does not exist. */
    public static FieldPath resolve(Class<?> root, String path) {
        List<MethodHandle> accessors = new ArrayList<>();
        Class<?> current = root;
        Type currentGeneric = root;
        for (String step : path.split("\\.")) {
            RecordComponent component = component(current, step);
            if (component == null) {
                throw new IllegalArgumentException("'" + path + "': " + current.getSimpleName() + " has no field '"
                        + step + "'");
            }
            try {
                accessors.add(MethodHandles.publicLookup().unreflect(component.getAccessor()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            current = component.getType();
            currentGeneric = component.getGenericType();
        }
        Class<?> element = null;
        if (List.class.isAssignableFrom(current) && currentGeneric instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> arg) {
            element = arg;
        }
        return new FieldPath(path, List.copyOf(accessors), current, element);
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    /** The value at this path, or null when it or anything on the way is absent. */
    public Object read(Object root) {
        Object current = root;
        try {
            for (MethodHandle accessor : accessors) {
                if (current == null) {
                    return null;
                }
                current = accessor.invoke(current);
            }
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + path, e);
        }
        return current;
    }

    public String path() {
        return path;
    }

    public Class<?> valueType() {
        return valueType;
    }

    /** The element type when the value is a list, else null. */
    public Class<?> elementType() {
        return elementType;
    }
}
