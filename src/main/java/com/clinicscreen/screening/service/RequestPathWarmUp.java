package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.PatientDecision;
import com.clinicscreen.screening.api.ScreeningRequest;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.questionnaire.QuestionnaireViews;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs canned intakes (no patient's) through the request path once at start, on a thread of its own beside
 * the rest of the start, and keeps readiness DOWN until it is done: the first request of a JVM loads and
 * runs for the first time the intake's deserializers, the validation metadata, the engine and the decision's
 * serializers (about 200 ms against 2 ms for the hundredth), and no patient should meet that. It reads and
 * writes with the ObjectMapper the REST layer uses, so its serializer caches are the ones warmed; then, once
 * the HTTP server listens, it sends a few requests through it on localhost (the questionnaire, an open
 * partial screening) for the HTTP layer's own first-time work. Its screenings are not counted as decisions
 * (the partial screening is left open, which decides nothing). A failure here is logged and ends the
 * warm-up; it never keeps the service from becoming ready.
 */
@Startup
@ApplicationScoped
public class RequestPathWarmUp {

    private static final Logger LOG = Logger.getLogger(RequestPathWarmUp.class);
    static final List<String> INTAKES = List.of("warm-up/eligible.json", "warm-up/deferred.json",
            "warm-up/not-eligible.json");
    /** Answers left out of the partial screenings: enough to keep them open, so no decision is made or counted. */
    private static final List<String> LEFT_OUT = List.of("pregnancy", "isotretinoin", "bloodThinners");

    private final ScreeningService service;
    private final ObjectMapper mapper;
    private final QuestionnaireViews questionnaires;
    private final Vertx vertx;
    private final CompletableFuture<HttpServerStart> server = new CompletableFuture<>();
    private volatile boolean done;

    public RequestPathWarmUp(ScreeningService service, ObjectMapper mapper, QuestionnaireViews questionnaires,
            Vertx vertx) {
        this.service = service;
        this.mapper = mapper;
        this.questionnaires = questionnaires;
        this.vertx = vertx;
        Thread thread = new Thread(this::run, "request-path-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once the canned requests have run (or failed): readiness waits for it. */
    public boolean done() {
        return done;
    }

    void serverStarted(@ObservesAsync HttpServerStart start) {
        server.complete(start);
    }

    private void run() {
        long start = System.nanoTime();
        try {
            inProcess();
            throughHttp();
            LOG.infof("Request path warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            // The exception's class only: its message could quote a (canned) answer.
            LOG.warnf("Request path warm-up stopped early (%s); the first requests may be slower",
                    e.getClass().getSimpleName());
        } finally {
            done = true;
        }
    }

    private void inProcess() throws IOException {
        for (Language language : Language.values()) {
            mapper.writeValueAsBytes(questionnaires.in(language));
            for (String intake : INTAKES) {
                ObjectNode request = (ObjectNode) mapper.readTree(resource(intake));
                // Today, so a canned date in the past never makes the intake invalid.
                request.remove("plannedTreatmentDate");
                byte[] body = mapper.writeValueAsBytes(request);
                var decision = service.rehearse(mapper.readValue(body, ScreeningRequest.class), language, false,
                        AlternativesMode.AUTO);
                mapper.writeValueAsBytes(decision);
                mapper.writeValueAsBytes(PatientDecision.of(decision));
            }
            // Once per language, what a plain screening does not reach: the explanation, every alternative and a
            // partial screening; the first time is what costs, so one intake is enough for them.
            ObjectNode request = (ObjectNode) mapper.readTree(resource(INTAKES.get(0)));
            request.remove("plannedTreatmentDate");
            mapper.writeValueAsBytes(service.rehearse(mapper.treeToValue(request, ScreeningRequest.class), language,
                    true, AlternativesMode.ALWAYS));
            ((ObjectNode) request.get("answers")).remove(LEFT_OUT);
            mapper.writeValueAsBytes(service.screenPartial(
                    mapper.readValue(mapper.writeValueAsBytes(request), ScreeningRequest.class), language,
                    AlternativesMode.AUTO));
        }
    }

    /**
     * Through the HTTP server on localhost, once it listens (not when it picks a random port, as in tests). With
     * authentication on, the partial screening is refused without a token, which still warms the HTTP layer.
     */
    private void throughHttp() throws Exception {
        var options = server.get(30, TimeUnit.SECONDS).options();
        int port = options.getPort();
        if (port <= 0) {
            return;
        }
        String host = "0.0.0.0".equals(options.getHost()) ? "127.0.0.1" : options.getHost();
        ObjectNode request = (ObjectNode) mapper.readTree(resource(INTAKES.get(0)));
        request.remove("plannedTreatmentDate");
        ((ObjectNode) request.get("answers")).remove(LEFT_OUT);
        Buffer partial = Buffer.buffer(mapper.writeValueAsBytes(request));
        HttpClient client = vertx.createHttpClient();
        try {
            for (String lang : List.of("en", "es")) {
                send(client, new RequestOptions().setMethod(HttpMethod.GET).setPort(port).setHost(host)
                        .setURI("/v1/questionnaires/" + questionnaires.id() + "?lang=" + lang), null);
                send(client, new RequestOptions().setMethod(HttpMethod.POST).setPort(port).setHost(host)
                        .setURI("/v1/screenings/partial?lang=" + lang).putHeader("Content-Type", "application/json")
                        .putHeader("Accept-Encoding", "gzip"), partial);
            }
        } finally {
            client.close();
        }
    }

    private static void send(HttpClient client, RequestOptions options, Buffer body) throws Exception {
        Future<Buffer> response = client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(HttpClientResponse::body);
        response.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RequestPathWarmUp.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing " + name));
            }
            return in.readAllBytes();
        }
    }
}
