package org.planflow;

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

/** A real HTTP client against the running test server, as an integrator would call PlanFlow. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String username, String password) {
        return send(request(path, username, password).GET().build());
    }

    public Response get(String path, String username) {
        return get(path, username, "demo");
    }

    /** A download's raw bytes, e.g. an .xlsx export. */
    public byte[] getBytes(String path, String username) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, username, "demo").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the user's open task of this kind for the plan, from their inbox. */
    public String taskOf(String username, String kind, long planId) {
        for (JsonNode entry : get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (entry.path("planId").asLong() == planId) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + kind + " task for plan " + planId);
    }

    public Response anonymousGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Response post(String path, String username, String jsonBody) {
        return send(request(path, username, "demo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody))
                .build());
    }

    public Response put(String path, String username, String jsonBody) {
        return put(path, username, "demo", jsonBody);
    }

    public Response put(String path, String username, String password, String jsonBody) {
        return send(request(path, username, password)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody))
                .build());
    }

    public Response delete(String path, String username) {
        return send(request(path, username, "demo").DELETE().build());
    }

    /** A multipart/form-data POST with one file part, as a browser's file upload sends it. */
    public Response postFile(String path, String username, String field, String filename, byte[] content) {
        return postFile(path, username, field, filename, "application/octet-stream", content);
    }

    /** The same, with the content type the browser declares for the file. */
    public Response postFile(String path, String username, String field, String filename, String contentType, byte[] content) {
        return send("POST", path, username, "demo", Body.file(field, filename, contentType, content));
    }

    /**
     * Any request, by anyone: {@code username} null for an anonymous visitor, {@code body} null for none. For callers that
     * walk many endpoints, such as the access matrix.
     */
    public Response send(String method, String path, String username, String password, Body body) {
        return send(username == null ? HttpRequest.newBuilder(URI.create(base + path)) : request(path, username, password),
                method, body);
    }

    /** Any request authenticated with an API token ({@code Authorization: Bearer}), as an integration client sends it. */
    public Response sendWithToken(String method, String path, String token, Body body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token), method, body);
    }

    private Response send(HttpRequest.Builder builder, String method, Body body) {
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", body.contentType()).method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        return send(builder.build());
    }

    private HttpRequest.Builder request(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials);
    }

    private Response send(HttpRequest request) {
        return exchange(http, request);
    }

    /** Sends the request with the given client (one that keeps cookies, say) and reads the answer as text. */
    public static Response exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request body with its content type. */
    public record Body(String contentType, byte[] bytes) {

        public static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        /** multipart/form-data with one file part of the given content type. */
        public static Body file(String field, String filename, String contentType, byte[] content) {
            String boundary = "planflow-" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            return new Body("multipart/form-data; boundary=" + boundary, body);
        }
    }

    public record Response(int status, String body, String contentType, String location) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** The items of a page of a list ({@code {"items":[…],"page","size","total"}}). */
        public JsonNode items() {
            JsonNode page = json();
            if (!page.path("items").isArray() || !page.has("total")) {
                throw new AssertionError("Not a page of a list (" + status + "): " + body);
            }
            return page.path("items");
        }
    }
}
