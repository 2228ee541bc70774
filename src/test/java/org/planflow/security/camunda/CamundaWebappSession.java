package org.planflow.security.camunda;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.planflow.ApiClient;

/**
 * One user's session in Camunda's web apps, as Tasklist and Cockpit call their engine API: the session cookie, and
 * Camunda's CSRF token (the XSRF-TOKEN cookie a page sets) sent back as X-XSRF-TOKEN with every change.
 */
final class CamundaWebappSession {

    static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private final String authorization;

    CamundaWebappSession(int port, String username) {
        this.base = "http://localhost:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        ApiClient.Response tasklist = send(request("/camunda/app/tasklist/default/").GET().build());
        if (tasklist.status() != 200 || xsrfToken() == null) {
            throw new IllegalStateException("Tasklist answered " + tasklist.status() + " without a CSRF token");
        }
    }

    ApiClient.Response send(String method, String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken())
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization);
    }

    private ApiClient.Response send(HttpRequest request) {
        return ApiClient.exchange(http, request);
    }
}
