package org.planflow;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A browser's session without the browser: logs in through the login form and then sends the session
 * cookie (and whatever other cookies PlanFlow set) with every request, as the browser does.
 */
public final class SessionClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private SessionClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in with the login form; fails unless PlanFlow took the password. */
    public static SessionClient loggedIn(int port, String username, String password) {
        SessionClient client = new SessionClient(port);
        ApiClient.Response login = client.submitLogin(username, password);
        if (login.status() != 302 || login.location().contains("error")) {
            throw new AssertionError("The login form refused " + username + ": " + login.status() + " " + login.location());
        }
        return client;
    }

    /** A session that has only sent the login form; its answer tells whether the password was taken. */
    public static ApiClient.Response submitLogin(int port, String username, String password) {
        return new SessionClient(port).submitLogin(username, password);
    }

    private ApiClient.Response submitLogin(String username, String password) {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public ApiClient.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A request with a JSON body (empty: none) and extra headers as name, value, name, value… */
    public ApiClient.Response send(String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A request with a body as it is, e.g. multipart, and headers as name, value, name, value… */
    public ApiClient.Response sendRaw(String method, String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .headers(headers));
    }

    /** The value of a cookie PlanFlow set in this session, e.g. PLANFLOW-XSRF-TOKEN. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private ApiClient.Response send(HttpRequest.Builder request) {
        return ApiClient.exchange(http, request.build());
    }
}
