package com.clinicscreen.screening.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

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
            HttpRequest request;
            try {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + encoded(query))).timeout(timeout)
                        .header("Accept", "application/fhir+json").GET();
                if (accessToken != null) {
                    builder.header("Authorization", "Bearer " + accessToken);
                }
                request = builder.build();
            } catch (IllegalArgumentException e) {
                return; // not a usable URL or token: the key stays missing (412), never a 500
            }
            reads.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
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

    /**
     * A prefetch query with each parameter name and value percent-encoded (RFC 3986), so a token such as
     * {@code http://loinc.org|82810-3} or a canonical URL reaches the FHIR server intact.
     */
    static String encoded(String query) {
        int question = query.indexOf('?');
        if (question < 0) {
            return encodePath(query);
        }
        StringBuilder result = new StringBuilder(encodePath(query.substring(0, question))).append('?');
        String[] parameters = query.substring(question + 1).split("&");
        for (int i = 0; i < parameters.length; i++) {
            int equals = parameters[i].indexOf('=');
            result.append(i == 0 ? "" : "&");
            if (equals < 0) {
                result.append(component(parameters[i]));
            } else {
                result.append(component(parameters[i].substring(0, equals))).append('=')
                        .append(component(parameters[i].substring(equals + 1)));
            }
        }
        return result.toString();
    }

    private static String encodePath(String path) {
        return Arrays.stream(path.split("/", -1)).map(PrefetchFetcher::component).collect(Collectors.joining("/"));
    }

    private static String component(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode parse(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
