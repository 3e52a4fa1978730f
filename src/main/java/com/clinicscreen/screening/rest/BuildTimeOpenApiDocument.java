package com.clinicscreen.screening.rest;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Serves /q/openapi (and Swagger UI's copy) from the bytes the build wrote, instead of the document Quarkus
 * 3.37 rebuilds at every start: it parses the build's JSON into SmallRye's model and writes it out again as
 * JSON and YAML, which was the largest single step of the start (0.5-1 s on two cores, mostly loading and
 * interpreting that code once) for a document fixed by the code. The build's bytes are what that rebuild
 * served, byte for byte, since no OpenAPI filter of this service runs at run time (StrictRequestSchemas runs at
 * build time) and no run-time OpenAPI setting is used; OpenApiDocumentTest compares the two. Quarkus' own
 * handler still serves the document (content negotiation, {@code format}, headers); only where its bytes come
 * from changes. Newer Quarkus releases build the document lazily when no filter runs at start (upstream
 * issue 54826); with them this class can go.
 *
 * <p>Quarkus' start-up step asks this bean to prepare the default document; it looks the build's JSON up
 * through {@link OpenApiConstants#classLoader} when that is set, and keeps an empty document when it finds
 * none. So the constructor sets a loader that hides only that one resource, and the step has nothing to do.
 * A singleton, not application-scoped: a client proxy could not forward Quarkus' package-private call.
 */
@Singleton
@Alternative
@Priority(1)
@Unremovable // looked up by Quarkus, never injected
public class BuildTimeOpenApiDocument extends OpenApiDocumentService {

    private static final String DEFAULT_DOCUMENT = OpenApiConstants.BASE_NAME;

    private final byte[] json;
    private final byte[] yaml;

    public BuildTimeOpenApiDocument() {
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        this.json = resource(application, DEFAULT_DOCUMENT + ".JSON");
        this.yaml = resource(application, DEFAULT_DOCUMENT + ".YAML");
        OpenApiConstants.classLoader = new WithoutTheDefaultDocument(application);
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!OpenApiConstants.DEFAULT_DOCUMENT_NAME.equals(documentName)) {
            return super.getDocument(documentName, format);
        }
        return Format.JSON.equals(format) ? json : yaml;
    }

    @PreDestroy
    void forgetLoader() {
        // A test JVM starts the application again with a new class loader; do not keep the old one reachable.
        if (OpenApiConstants.classLoader instanceof WithoutTheDefaultDocument) {
            OpenApiConstants.classLoader = null;
        }
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build wrote no OpenAPI document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's class loader without the build's default OpenAPI document (JSON), which is served above. */
    private static final class WithoutTheDefaultDocument extends ClassLoader {

        WithoutTheDefaultDocument(ClassLoader application) {
            super(application);
        }

        @Override
        public URL getResource(String name) {
            return name.equals(DEFAULT_DOCUMENT + ".JSON") ? null : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.equals(DEFAULT_DOCUMENT + ".JSON") ? null : super.getResourceAsStream(name);
        }
    }
}
