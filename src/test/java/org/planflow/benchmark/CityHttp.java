package org.planflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP calls as an integrator makes them, authenticated by an {@link Authorization}: HTTP Basic or an API token.
 */
final class CityHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a call proves who makes it: the value of its Authorization header. */
    interface Authorization {
        String header();

        static Authorization basic(String username, String password) {
            String encoded = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return () -> "Basic " + encoded;
        }

        static Authorization bearer(String token) {
            return () -> "Bearer " + token;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    CityHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A GET that must answer 200; the body's bytes. */
    byte[] get(String path, Authorization authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization.header());
        }
        return send(request.build(), 200);
    }

    /** A GET answering JSON: a list read either as a bare array or as a page's {@code items}. */
    JsonNode items(String path, Authorization authorization) {
        JsonNode body = json(get(path, authorization));
        return body.isArray() ? body : body.path("items");
    }

    JsonNode json(String path, Authorization authorization) {
        return json(get(path, authorization));
    }

    /** A POST of JSON answering the expected status; the body's text. */
    String post(String path, Authorization authorization, String json, int expected) {
        return new String(send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization.header())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected),
                StandardCharsets.UTF_8);
    }

    /** The status and body of a POST, whatever it answers. */
    HttpResponse<String> postAnswer(String path, Authorization authorization, String json) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization.header())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void delete(String path, Authorization authorization) {
        send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization.header()).DELETE().build(), 200);
    }

    private byte[] send(HttpRequest request, int expected) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
