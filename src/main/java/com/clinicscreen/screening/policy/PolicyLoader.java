package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.shipped.JsonTwin;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a policy file and optional clinic settings (YAML) and compiles them; any problem becomes a
 * {@link PolicyException} that names the file and the entry, never the file's raw bytes.
 */
public final class PolicyLoader {

    /** The default policy shipped in the service. */
    public static final String DEFAULT_POLICY_RESOURCE = "policy/default-policy.yaml";

    /** Loaded only when a YAML file is read (a clinic's file; not the shipped policy, read from its twin). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The same reader for the build-time JSON twin of a shipped policy (duplicate keys refused by the build). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PolicyLoader() {}

    /**
     * The bytes of a policy or clinic-settings file and where they came from (for messages and views);
     * {@code resource} names the shipped resource they were read from, whose build-time JSON twin is read
     * instead of the YAML when it was written from these very bytes (null for a file).
     */
    public record Input(byte[] bytes, String location, String resource) {

        public Input(byte[] bytes, String location) {
            this(bytes, location, null);
        }

        public static Input file(Path file) {
            String location = file.toAbsolutePath().toString();
            try {
                return new Input(Files.readAllBytes(file), location);
            } catch (IOException e) {
                throw new PolicyException(location, "cannot be read: " + e.getMessage(), e);
            }
        }

        public static Input classpath(String resource) {
            String location = "classpath:" + resource;
            try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PolicyException(location, "not found", null);
                }
                return new Input(in.readAllBytes(), location, resource);
            } catch (IOException e) {
                throw new PolicyException(location, "cannot be read: " + e.getMessage(), e);
            }
        }
    }

    public static Policy fromFile(Path file) {
        return load(Input.file(file), null);
    }

    public static Policy fromClasspath(String resource) {
        return load(Input.classpath(resource), null);
    }

    public static Policy parse(byte[] bytes, String location) {
        return load(new Input(bytes, location), null);
    }

    /** The policy with the clinic's settings on top ({@code clinicSettings} may be null). */
    public static Policy load(Input policy, Input clinicSettings) {
        PolicyDocument doc = read(policy, PolicyDocument.class);
        ClinicSettingsDocument clinic = clinicSettings == null ? null
                : read(clinicSettings, ClinicSettingsDocument.class);
        return PolicyCompiler.compile(doc, policy.location(), sha256(policy.bytes()), clinic,
                clinicSettings == null ? null : clinicSettings.location(),
                clinicSettings == null ? null : sha256(clinicSettings.bytes()));
    }

    private static <T> T read(Input input, Class<T> type) {
        if (input.resource() != null) {
            try {
                T doc = JsonTwin.read(JSON, input.resource(), input.bytes(), type);
                if (doc != null) {
                    return doc;
                }
            } catch (IOException e) {
                // Reading the YAML below reports the problem with its lines and entries.
            }
        }
        List<String> duplicates = DuplicateKeys.find(input.bytes());
        if (!duplicates.isEmpty()) {
            throw new PolicyException(duplicates.stream().map(d -> input.location() + ": " + d).toList());
        }
        T doc;
        try {
            doc = Yaml.MAPPER.readValue(input.bytes(), type);
        } catch (JsonProcessingException e) {
            throw new PolicyException(input.location(), describe(e), null);
        } catch (IOException e) {
            throw new PolicyException(input.location(), "cannot be read: " + e.getMessage(), null);
        }
        if (doc == null) {
            throw new PolicyException(input.location(), "is empty", null);
        }
        return doc;
    }

    /** Where in the file and what is wrong, without Java class names. */
    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String near = at == null ? "" : " (near line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (!(e instanceof JsonMappingException mapping)) {
            return "not valid YAML" + near;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String what;
        if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown key; known keys here: " + unknown.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException bad && bad.getValue() != null) {
            what = "'" + shown(String.valueOf(bad.getValue())) + "' is not " + expected(bad.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch) {
            what = "value of the wrong type or form" + (mismatch.getTargetType() == null ? ""
                    : ": " + expected(mismatch.getTargetType()) + " is expected here");
        } else {
            what = "value cannot be read here";
        }
        return (path.isEmpty() ? "(top level)" : path) + ": " + what + near;
    }

    /** What a settings entry must be, in the words of the file rather than of Java. */
    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a single value (such as P6M, 1.5 or a code)";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of keys";
    }

    /** A value as written, kept short and printable: it is quoted in a log line. */
    private static String shown(String value) {
        String printable = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }

    private static String sha256(byte[] bytes) {
        return JsonTwin.sha256(bytes);
    }
}
