package com.clinicscreen.screening.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.PolicyLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests and the Dockerfile use the port, probe paths, settings and policy path the app really has. */
@QuarkusTest
class ManifestsMatchTheAppTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path BASE = Path.of("k8s", "base");
    private static final Path PRODUCTION = Path.of("k8s", "overlays", "production");

    @Test
    void containerPortIsTheAppPortAndTheImagePort() throws IOException {
        int appPort = defaultHttpPort();
        assertEquals(appPort, container().get("ports").get(0).get("containerPort").asInt());
        assertTrue(Files.readString(Path.of("Dockerfile")).contains("EXPOSE " + appPort));
        assertEquals(appPort, YAML.readTree(BASE.resolve("networkpolicy.yaml").toFile())
                .at("/spec/ingress/0/ports/0/port").asInt());
    }

    @Test
    void everyProbePathIsAHealthEndpointThatAnswersUp() throws IOException {
        JsonNode container = container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = container.get(probe).get("httpGet").get("path").asText();
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
    }

    @Test
    void clinicSettingsMountPathIsWhereTheServiceReadsThemAndTheyAreValid() throws IOException {
        JsonNode overlay = YAML.readTree(PRODUCTION.resolve("kustomization.yaml").toFile());
        String settingsFile = null;
        String configMapFile = null;
        for (JsonNode generator : overlay.get("configMapGenerator")) {
            for (JsonNode literal : generator.path("literals")) {
                assertFalse(literal.asText().startsWith("SCREENING_POLICY_FILE="),
                        "production uses the built-in policy with clinic settings, not a copy of the policy");
                if (literal.asText().startsWith("SCREENING_CLINIC_SETTINGS=")) {
                    settingsFile = literal.asText().substring("SCREENING_CLINIC_SETTINGS=".length());
                }
            }
            if (generator.get("name").asText().equals("clinic-settings")) {
                configMapFile = generator.get("files").get(0).asText();
            }
        }
        JsonNode patch = YAML.readTree(PRODUCTION.resolve("deployment-patch.yaml").toFile());
        String mountPath = patch.at("/spec/template/spec/containers/0/volumeMounts/0/mountPath").asText();
        assertEquals(mountPath + "/" + configMapFile, settingsFile);
        Path settings = PRODUCTION.resolve(configMapFile);
        assertTrue(Files.size(settings) < 4096, "the ConfigMap holds only the clinic settings: " + Files.size(settings)
                + " bytes");
        Policy effective = PolicyLoader.load(PolicyLoader.Input.classpath(PolicyLoader.DEFAULT_POLICY_RESOURCE),
                PolicyLoader.Input.file(settings));
        assertEquals("sunset-derm", effective.clinic().id(), "the overlay's clinic settings are valid");
    }

    @Test
    void everySettingOfTheServiceIsInTheManifests() throws IOException {
        Set<String> inManifests = new HashSet<>();
        for (Path kustomization : List.of(BASE.resolve("kustomization.yaml"), PRODUCTION.resolve("kustomization.yaml"))) {
            for (JsonNode generator : YAML.readTree(kustomization.toFile()).get("configMapGenerator")) {
                generator.path("literals").forEach(l -> inManifests.add(l.asText().split("=", 2)[0]));
            }
        }
        String readme = Files.readString(Path.of("docs", "operators.md"));
        for (String setting : documentedSettings(readme)) {
            // PORT is fixed by the image; a replacement base policy is for development, not production.
            if (!setting.equals("PORT") && !setting.equals("SCREENING_POLICY_FILE")) {
                assertTrue(inManifests.contains(setting), setting + " is documented but not in the manifests");
            }
        }
        assertTrue(inManifests.containsAll(List.of("SCREENING_CLINIC_SETTINGS", "SCREENING_CLINIC_TIME_ZONE", "CORS_ORIGINS",
                "MAX_BODY_SIZE", "LOG_FORMAT_JSON")));
    }

    /** Environment variables listed in the configuration table of docs/operators.md. */
    private static Set<String> documentedSettings(String readme) {
        Set<String> settings = new HashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(readme);
        while (row.find()) {
            settings.add(row.group(1));
        }
        assertTrue(settings.size() >= 8, "configuration table found: " + settings);
        return settings;
    }

    private static int defaultHttpPort() throws IOException {
        Matcher port = Pattern.compile("(?m)^quarkus\\.http\\.port=\\$\\{PORT:(\\d+)}")
                .matcher(Files.readString(Path.of("src", "main", "resources", "application.properties")));
        assertTrue(port.find());
        return Integer.parseInt(port.group(1));
    }

    private static JsonNode container() throws IOException {
        return YAML.readTree(BASE.resolve("deployment.yaml").toFile()).at("/spec/template/spec/containers/0");
    }
}
