package com.clinicscreen.screening.questionnaire;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A request path such as {@code answers.pregnancy.status}, resolved once against the request records
 * into accessor functions generated at start (LambdaMetafactory), so reading an answer per request is a
 * plain, inlinable method call: no reflection and no method-handle invocation per request.
 */
public final class FieldPath {

    // One generated accessor per record component, shared by every path through it: each generation defines
    // a class, which costs start time and memory. Keyed by the accessor method, which compares by value.
    private static final Map<Method, Function<Object, Object>> ACCESSORS = new ConcurrentHashMap<>();

    private final String path;
    private final Function<Object, Object>[] accessors;
    private final Class<?> valueType;
    private final Class<?> elementType;

    private FieldPath(String path, Function<Object, Object>[] accessors, Class<?> valueType, Class<?> elementType) {
        this.path = path;
        this.accessors = accessors;
        this.valueType = valueType;
        this.elementType = elementType;
    }

    /** Resolves a dotted path of record components starting at {@code root}; throws when a step does not exist. */
    public static FieldPath resolve(Class<?> root, String path) {
        List<Function<Object, Object>> accessors = new ArrayList<>();
        Class<?> current = root;
        Type currentGeneric = root;
        for (String step : path.split("\\.")) {
            RecordComponent component = component(current, step);
            if (component == null) {
                throw new IllegalArgumentException("'" + path + "': " + current.getSimpleName() + " has no field '"
                        + step + "'");
            }
            Class<?> owner = current;
            accessors.add(ACCESSORS.computeIfAbsent(component.getAccessor(), m -> accessor(owner, component)));
            current = component.getType();
            currentGeneric = component.getGenericType();
        }
        Class<?> element = null;
        if (List.class.isAssignableFrom(current) && currentGeneric instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> arg) {
            element = arg;
        }
        @SuppressWarnings("unchecked")
        Function<Object, Object>[] array = accessors.toArray(new Function[0]);
        return new FieldPath(path, array, current, element);
    }

    /** A function calling the record component's accessor, generated once. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> record, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(record, MethodHandles.lookup());
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            Class<?> returned = MethodType.methodType(component.getType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), getter,
                    MethodType.methodType(returned, record));
            return (Function<Object, Object>) site.getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + record.getSimpleName() + "." + component.getName(), e);
        }
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
        for (Function<Object, Object> accessor : accessors) {
            if (current == null) {
                return null;
            }
            current = accessor.apply(current);
        }
        return current;
    }

    /** The accessor of each step, for a {@link PathReader} to share prefixes. */
    List<Function<Object, Object>> accessors() {
        return List.of(accessors);
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
