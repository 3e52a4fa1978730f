package com.clinicscreen.screening.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.rest.BuildTimeOpenApiDocument;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.openapi.runtime.io.Format;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /q/openapi serves the build's bytes (BuildTimeOpenApiDocument), and they are byte for byte what Quarkus' own
 * start-up rebuild of the document would serve, in both formats and through every way of asking for them.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static byte[] rebuiltJson;
    private static byte[] rebuiltYaml;

    /** Quarkus' own document service, run as its start-up step runs it, on the build's document. */
    @BeforeAll
    static void rebuildAsQuarkusDoes() throws ReflectiveOperationException {
        ClassLoader hiding = OpenApiConstants.classLoader;
        OpenApiConstants.classLoader = null;
        try {
            OpenApiDocumentService quarkus = new OpenApiDocumentService();
            Field config = OpenApiDocumentService.class.getDeclaredField("config");
            config.setAccessible(true);
            config.set(quarkus, ConfigProvider.getConfig());
            Method prepare = OpenApiDocumentService.class.getDeclaredMethod("prepareDocument",
                    io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter.class, Map.class, String.class);
            prepare.setAccessible(true);
            // No run-time filters: the stages Quarkus' build step hands over, each empty for this service.
            Map<OpenApiFilter.RunStage, List<String>> noFilters = new EnumMap<>(OpenApiFilter.RunStage.class);
            for (OpenApiFilter.RunStage stage : OpenApiFilter.RunStage.values()) {
                noFilters.put(stage, List.of());
            }
            prepare.invoke(quarkus, null, noFilters, OpenApiConstants.DEFAULT_DOCUMENT_NAME);
            rebuiltJson = quarkus.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
            rebuiltYaml = quarkus.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.YAML);
        } finally {
            OpenApiConstants.classLoader = hiding;
        }
    }

    @Test
    void theServiceServesTheBuildsDocument() {
        assertInstanceOf(BuildTimeOpenApiDocument.class, Arc.container().instance(OpenApiDocumentService.class).get());
    }

    @Test
    void jsonIsWhatQuarkusWouldRebuild() {
        assertTrue(rebuiltJson.length > 100_000, "the rebuilt document is the full one");
        for (String path : new String[] {"/q/openapi?format=json", "/q/openapi.json"}) {
            assertArrayEquals(rebuiltJson, given().get(path).then().statusCode(200)
                    .contentType("application/json;charset=UTF-8").extract().asByteArray(), path);
        }
        assertArrayEquals(rebuiltJson, given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType("application/json;charset=UTF-8").extract().asByteArray());
    }

    @Test
    void yamlIsWhatQuarkusWouldRebuild() {
        assertTrue(rebuiltYaml.length > 100_000, "the rebuilt document is the full one");
        for (String path : new String[] {"/q/openapi", "/q/openapi?format=yaml", "/q/openapi.yaml", "/q/openapi.yml"}) {
            assertArrayEquals(rebuiltYaml, given().get(path).then().statusCode(200)
                    .contentType("application/yaml;charset=UTF-8").extract().asByteArray(), path);
        }
    }

    @Test
    void noRunTimeSettingChangesTheDocument() {
        // The build's bytes are only right while nothing at run time would change the document.
        Config config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.openapi.servers") || name.startsWith("quarkus.smallrye-openapi.servers")
                    || name.equals("quarkus.smallrye-openapi.always-run-filter")) {
                throw new AssertionError(name + " is set: the document would differ from the build's");
            }
        }
    }
}
