package com.clinicscreen.screening.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches prefetch keys the EHR did not send from its FHIR server, all at once, each with a short
 * timeout, with the bearer token the EHR gave. A read that fails leaves the key missing (then 412).
 * The token is never logged.
 */
public final class PrefetchFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final ObjectMapper mapper;

    public PrefetchFetcher(Duration timeout, ObjectMapper mapper) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.mapper = mapper;
    }

    /** The fetched keys; a key that could not be read is absent from the result. */
    public CompletableFuture<Map<String, JsonNode>> fetch(String fhirServer, String accessToken,
            Map<String, String> queries) {
        List<CompletableFuture<Map.Entry<String, JsonNode>>> reads = new ArrayList<>();
        String base = fhirServer.endsWith("/") ? fhirServer : fhirServer + "/";
        queries.forEach((key, query) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + query)).timeout(timeout)
                    .header("Accept", "application/fhir+json").GET();
            if (accessToken != null) {
                request.header("Authorization", "Bearer " + accessToken);
            }
            reads.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> response.statusCode() == 200 ? Map.entry(key, parse(response.body())) : null)
                    .exceptionally(failure -> null));
        });
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, JsonNode> fetched = new LinkedHashMap<>();
            for (CompletableFuture<Map.Entry<String, JsonNode>> read : reads) {
                Map.Entry<String, JsonNode> entry = read.join();
                if (entry != null && entry.getValue() != null) {
                    fetched.put(entry.getKey(), entry.getValue());
                }
            }
            return fetched;
        });
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
