package com.clinicscreen.screening.shipped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinicscreen.screening.policy.PolicyDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The JSON twins of the shipped YAML files (read at start instead of the YAML, see JsonTwin) are committed next
 * to them and must be the twins of the YAML as it is now. After a change to one of the YAML files, rewrite them
 * with {@code ./mvnw -B test -Dtest=JsonTwinsTest -Djsontwins.update=true}. A stale twin is never used (the
 * service reads the YAML instead, only slower), but this test fails so that it is rewritten.
 */
class JsonTwinsTest {

    static final Path RESOURCES = Path.of("src", "main", "resources");
    /** Every YAML file the service reads at start from its own resources. */
    static final List<String> SHIPPED = List.of("policy/default-policy.yaml", "questionnaire/microneedling-intake.yaml",
            "ehr/code-table.yaml", "ehr/treatment-codes.yaml");

    /** Numbers keep the digits they were written with, since a typed reader may take them as text; keys once. */
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    /** Indented, so a change to the YAML shows as a readable change to its twin. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static byte[] twin(byte[] yaml) throws IOException {
        ObjectNode twin = JSON.createObjectNode();
        twin.put("sha256", JsonTwin.sha256(yaml));
        twin.set("document", YAML.readTree(yaml));
        return (JSON.writeValueAsString(twin) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void committedTwinIsTheTwinOfTheYaml(String resource) throws IOException {
        byte[] expected = twin(Files.readAllBytes(RESOURCES.resolve(resource)));
        Path committed = RESOURCES.resolve(JsonTwin.resourceOf(resource));
        if (Boolean.getBoolean("jsontwins.update")) {
            Files.write(committed, expected);
        }
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                Files.exists(committed) ? Files.readString(committed) : "(missing)",
                committed + " is not the twin of " + resource + "; rewrite it: "
                        + "./mvnw -B test -Dtest=JsonTwinsTest -Djsontwins.update=true");
    }

    @Test
    void everyShippedYamlHasItsTwinListed() throws IOException {
        try (var files = Files.walk(RESOURCES)) {
            List<String> yaml = files.map(f -> RESOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".yaml") && !f.startsWith("META-INF/")).sorted().toList();
            assertEquals(SHIPPED.stream().sorted().toList(), yaml);
        }
    }

    /** The twin read as the typed document is the same document as the YAML read that way. */
    @Test
    void twinReadsAsTheSameDocument() throws IOException {
        ObjectMapper strictYaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        ObjectMapper strictJson = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String resource = SHIPPED.get(0);
        byte[] yaml = Files.readAllBytes(RESOURCES.resolve(resource));
        PolicyDocument fromTwin = JsonTwin.read(strictJson, resource, yaml, PolicyDocument.class);
        assertNotNull(fromTwin, "the policy's twin is used");
        JsonNode viaTwin = strictJson.valueToTree(fromTwin);
        JsonNode viaYaml = strictJson.valueToTree(strictYaml.readValue(yaml, PolicyDocument.class));
        assertEquals(viaYaml, viaTwin);
        assertNotNull(JsonTwin.readResource("ehr/code-table.yaml", JsonNode.class));
    }

    @Test
    void aTwinOfOtherBytesIsNotUsed() throws IOException {
        byte[] edited = (Files.readString(RESOURCES.resolve(SHIPPED.get(0))) + "\n# edited\n")
                .getBytes(StandardCharsets.UTF_8);
        assertNull(JsonTwin.read(new ObjectMapper(), SHIPPED.get(0), edited, JsonNode.class));
        assertNull(JsonTwin.read(new ObjectMapper(), "policy/no-such-file.yaml", edited, JsonNode.class));
    }

    @Test
    void aKeyWrittenTwiceStopsTheTwin() {
        assertThrows(JsonProcessingException.class,
                () -> twin("a: 1\nb: 2\na: 3\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void numbersKeepTheirDigits() throws IOException {
        String twin = new String(twin("depth: 1.50\nweeks: 2\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertEquals(true, twin.contains("\"depth\" : 1.50") && twin.contains("\"weeks\" : 2"), twin);
    }
}
