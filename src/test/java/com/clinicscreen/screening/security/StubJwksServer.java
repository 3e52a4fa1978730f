package com.clinicscreen.screening.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * An identity provider's JWKS endpoint for tests: serves the test public key (kid "test-key") while up,
 * answers 503 while down, and counts the fetches it receives.
 */
public final class StubJwksServer {

    private final HttpServer server;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger fetches = new AtomicInteger();
    private final byte[] jwks;

    public StubJwksServer() {
        try {
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(testPublicKey());
            key.setKeyId("test-key");
            key.setUse("sig");
            key.setAlgorithm("RS256");
            jwks = ("{\"keys\":[" + key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}")
                    .getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            if (up.get()) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
            } else {
                exchange.sendResponseHeaders(503, -1);
            }
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    public void up(boolean answering) {
        up.set(answering);
    }

    public int fetches() {
        return fetches.get();
    }

    public void stop() {
        server.stop(0);
    }

    static PublicKey testPublicKey() {
        try (InputStream in = StubJwksServer.class.getResourceAsStream("/jwt/test-public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
