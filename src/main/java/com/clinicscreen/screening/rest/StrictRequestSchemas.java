package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.RecentProcedures;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the request schemas as strict as the service: the service refuses unknown fields and lists longer
 * than their limits, so the contract says so too ({@code additionalProperties: false} on every object a
 * request body reaches, {@code maxItems} on every array: the number of distinct values for a list of
 * choices, which the service accepts once each, and the list limit for repeating groups). Runs at build time:
 * the document it shapes is fixed by the code, so the start need not run it again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StrictRequestSchemas implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PARTIAL_PATH = "/v1/screenings/partial";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        partialRequest(openAPI, openAPI.getComponents().getSchemas());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        describe(schemas);
        schemas.values().forEach(schema -> limitsNextToTheReference(schema, schemas));
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
                    if (media.getSchema() != null) {
                        pending.add(media.getSchema());
                    }
                });
            }
        }));
        Set<Schema> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                pending.add(schemas.get(schema.getRef().substring(SCHEMAS.length())));
            }
            if (schema.getProperties() != null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getAllOf() != null) {
                pending.addAll(schema.getAllOf());
            }
            if (schema.getItems() != null) {
                List<Object> choices = referenced(schema.getItems(), schemas).getEnumeration();
                if (schema.getMaxItems() == null) {
                    schema.setMaxItems(choices != null ? choices.size() : RecentProcedures.MAX_ENTRIES);
                }
                if (choices != null) {
                    schema.setUniqueItems(Boolean.TRUE);
                }
                pending.add(schema.getItems());
            }
        }
    }

    /**
     * The partial screening takes a screening request with any question left out: the same schemas, derived
     * here from the request's own so the two cannot drift, without the answers' "required" list.
     */
    private static void partialRequest(OpenAPI openAPI, Map<String, Schema> schemas) {
        var path = openAPI.getPaths().getPathItem(PARTIAL_PATH);
        Schema request = schemas.get("ScreeningRequest");
        Schema answers = schemas.get("IntakeAnswers");
        if (path == null || path.getPOST() == null || request == null || answers == null) {
            return;
        }
        Schema partialAnswers = OASFactory.createSchema().type(answers.getType())
                .description("The answers given so far: the fields of IntakeAnswers, any of them left out while its "
                        + "question is not answered yet (listed in `unanswered`, never read as no). A follow-up of an "
                        + "answer given (a date after \"yes\") is still required.")
                .properties(new LinkedHashMap<>(answers.getProperties()));
        Map<String, Schema> properties = new LinkedHashMap<>(request.getProperties());
        properties.put("answers", OASFactory.createSchema().type(properties.get("answers").getType())
                .description("The answers given so far.").addAllOf(OASFactory.createSchema()
                        .ref(SCHEMAS + "PartialIntakeAnswers")));
        Schema partial = OASFactory.createSchema().type(request.getType())
                .description("A screening request in progress: the answers given so far.")
                .required(request.getRequired()).properties(properties);
        openAPI.getComponents().addSchema("PartialIntakeAnswers", partialAnswers)
                .addSchema("PartialScreeningRequest", partial);
        path.getPOST().getRequestBody().getContent().getMediaTypes().values()
                .forEach(media -> media.setSchema(OASFactory.createSchema().ref(SCHEMAS + "PartialScreeningRequest")));
    }

    /** Descriptions for the schemas (and properties) whose types cannot carry them. */
    private static void describe(Map<String, Schema> schemas) {
        SchemaDescriptions.SCHEMAS.forEach((name, text) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getDescription() == null) {
                schema.setDescription(text);
            }
        });
        SchemaDescriptions.PROPERTIES.forEach((name, properties) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                properties.forEach((property, text) -> {
                    Schema target = schema.getProperties().get(property);
                    if (target != null && target.getDescription() == null) {
                        target.setDescription(text);
                    }
                });
            }
        });
    }

    /**
     * SmallRye writes a described enum or date property as {@code type: string} next to {@code allOf: [$ref]};
     * linters that read only the inline schema miss the referenced limit, so the inline schema repeats it
     * (the longest allowed value, which the service enforces by refusing anything else).
     */
    private static void limitsNextToTheReference(Schema schema, Map<String, Schema> schemas) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            Schema reference = property.getRef() != null ? property
                    : property.getAllOf() != null && property.getAllOf().size() == 1 ? property.getAllOf().get(0) : null;
            if (reference == null || reference.getRef() == null || property.getMaxLength() != null) {
                continue;
            }
            Schema target = referenced(reference, schemas);
            if (target.getMaxLength() != null) {
                property.setMaxLength(target.getMaxLength());
            } else if (target.getEnumeration() != null) {
                property.setMaxLength(target.getEnumeration().stream().mapToInt(value -> value.toString().length()).max()
                        .orElse(0));
            }
        }
    }

    private static Schema referenced(Schema schema, Map<String, Schema> schemas) {
        return schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)
                ? schemas.get(schema.getRef().substring(SCHEMAS.length()))
                : schema;
    }
}
