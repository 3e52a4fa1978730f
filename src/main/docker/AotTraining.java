import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The training run that writes the image's JDK AOT cache (JEP 483/514/515): starts the service exactly as
 * the image will (same java, flags and class path) plus -XX:AOTCacheOutput, sends it the requests it serves
 * in production for a while, then stops it with SIGTERM; the JVM writes the cache as it exits.
 *
 * <p>Usage: {@code java AotTraining CACHE BODIES_DIR SECONDS -- <the image's start command...>}. BODIES_DIR
 * holds the load/ request bodies: valid-*.json intakes and cds-patient-view.json. Runs on a JRE (compile it
 * with javac first); no dependencies.
 */
public final class AotTraining {

    private static final String BASE = "http://localhost:8080";

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        Path bodies = Path.of(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<String> command = new ArrayList<>(List.of(args).subList(4, args.length));
        command.add(1, "-XX:AOTCacheOutput=" + cache);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // The training run also exercises CDS Hooks, whose real calls carry single-use JWTs.
        builder.environment().put("CDS_SECURITY_ENABLED", "false");
        builder.environment().put("PORT", "8080");
        Process service = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            waitUntilReady(http, service);
            List<HttpRequest> requests = requests(bodies);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            int sent = 0;
            while (System.nanoTime() < end) {
                for (HttpRequest request : requests) {
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 500) {
                        throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status);
                    }
                    sent++;
                }
            }
            System.out.println("AOT training: " + sent + " requests in " + seconds + " s");
        } finally {
            service.destroy(); // SIGTERM: a clean exit, so the JVM writes the cache
            if (!service.waitFor(5, TimeUnit.MINUTES)) {
                service.destroyForcibly();
                throw new IllegalStateException("the training run did not exit");
            }
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("no AOT cache was written to " + cache);
        }
        System.out.println("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    private static void waitUntilReady(HttpClient http, Process service) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(BASE + "/q/health/ready")).build();
        for (int i = 0; i < 240; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited during the training start: " + service.exitValue());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready");
    }

    /** What the service answers in production: screenings in both views and languages, catalogs, errors, EHR calls. */
    private static List<HttpRequest> requests(Path bodies) throws IOException {
        List<HttpRequest> requests = new ArrayList<>();
        try (var files = Files.list(bodies)) {
            for (Path intake : files.filter(f -> f.getFileName().toString().matches("(valid|invalid)-.*\\.json")).sorted().toList()) {
                String body = Files.readString(intake);
                for (String query : List.of("", "?view=patient&lang=es", "?lang=es&explain=true", "?view=patient")) {
                    requests.add(post("/v1/screenings" + query, body));
                }
            }
        }
        requests.add(post("/cds-services/microneedling-screening-chart", Files.readString(bodies.resolve("cds-patient-view.json"))));
        for (String path : List.of("/v1/questionnaires/microneedling-intake?lang=en", "/v1/questionnaires/microneedling-intake?lang=es",
                "/v1/policy", "/v1/instructions?lang=es", "/cds-services", "/fhir/metadata",
                "/fhir/Questionnaire/microneedling-intake", "/q/health/ready")) {
            requests.add(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", "application/json").build());
        }
        return requests;
    }

    private static HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
