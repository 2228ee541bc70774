package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.SessionClient;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions made with the login form, as a browser holds them: what ends them at once (in the API, the
 * Vaadin UI and Camunda's web apps), and the CSRF token every change sent with their cookie needs.
 */
@PlanFlowTest
class SessionsIT {

    private static final String PASSWORD = "Chushi-2026";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    /**
     * A file of Cockpit's, behind the same ADMIN-only chain as Cockpit, that asks no process engine: Camunda's
     * web apps find their engine in a JVM-wide registry, which another test context may hold (with its own
     * users), so pages of accounts made here are checked through it.
     */
    private static final String COCKPIT_SCRIPT = "/camunda/lib/deps.js";

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;
    @Autowired
    JdbcClient jdbc;

    /** What the administrator (or the owner) does to an account that ends its sessions. */
    enum AccountChange {
        PASSWORD_RESET((users, username) -> users.resetPassword(username, null)),
        LOCK(UserAdminService::lock),
        DISABLE(UserAdminService::disable),
        ROLES_CHANGED((users, username) -> users.update(username, new UserForm(username, "测试管理员", "it",
                Set.of(Roles.SUPERVISOR), null, null)));

        private final BiConsumer<UserAdminService, String> change;

        AccountChange(BiConsumer<UserAdminService, String> change) {
            this.change = change;
        }
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions_but_not_the_one_it_was_made_in() {
        String username = newAccount("test-se-own", Roles.UNIT_STAFF);
        SessionClient changer = SessionClient.loggedIn(port, username, PASSWORD);
        SessionClient browser = SessionClient.loggedIn(port, username, PASSWORD);
        SessionClient script = SessionClient.loggedIn(port, username, PASSWORD);
        assertThat(browser.get("/inbox").status()).isEqualTo(200);
        assertThat(script.get("/api/me").status()).isEqualTo(200);
        assertThat(changer.get("/api/me").status()).isEqualTo(200);

        ApiClient.Response change = changer.send("PUT", "/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Neues-Passwort-1\"}",
                "X-XSRF-TOKEN", changer.cookie("PLANFLOW-XSRF-TOKEN").orElseThrow());

        assertThat(change.status()).isEqualTo(204);
        ApiClient.Response ui = browser.get("/inbox");
        assertThat(ui.status()).as("the Vaadin UI's session").isEqualTo(302);
        assertThat(ui.location()).endsWith("/login");
        ApiClient.Response api = script.get("/api/me");
        assertThat(api.status()).as("the API session").isEqualTo(401);
        assertThat(api.json().path("code").asText()).isEqualTo("LOGIN_REQUIRED");
        assertThat(changer.get("/api/me").status()).as("the session it was changed in").isEqualTo(200);
        assertThat(changer.get("/inbox").status()).isEqualTo(200);
        assertThat(SessionClient.loggedIn(port, username, "Neues-Passwort-1").get("/api/me").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(AccountChange.class)
    void what_the_administrator_does_to_an_account_ends_its_sessions_in_cockpit_and_the_api_at_once(AccountChange change) {
        String username = newAccount("test-se-" + change.name().toLowerCase().replace('_', '-'), Roles.ADMIN);
        SessionClient cockpit = SessionClient.loggedIn(port, username, PASSWORD);
        SessionClient engine = SessionClient.loggedIn(port, username, PASSWORD);
        assertThat(cockpit.get(COCKPIT_SCRIPT).status()).isEqualTo(200);
        assertThat(engine.get("/engine-rest/engine").status()).isEqualTo(200);

        RunAs.user("admin", Set.of(Roles.ADMIN), () -> change.change.accept(users, username));

        ApiClient.Response webapp = cockpit.get(COCKPIT_SCRIPT);
        assertThat(webapp.status()).isEqualTo(302);
        assertThat(webapp.location()).endsWith("/login");
        assertThat(engine.get("/engine-rest/engine").status()).isEqualTo(401);
    }

    @Test
    void a_change_sent_with_the_session_cookie_needs_the_csrf_token_and_one_with_basic_does_not() {
        String admin = newAccount("test-se-csrf", Roles.ADMIN);
        String target = newAccount("test-se-target", Roles.UNIT_STAFF);
        SessionClient session = SessionClient.loggedIn(port, admin, PASSWORD);
        assertThat(session.get("/api/me").status()).isEqualTo(200);

        ApiClient.Response forged = session.send("POST", "/api/admin/users/" + target + "/lock", null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.json().path("code").asText()).isEqualTo("CSRF_TOKEN_REQUIRED");
        assertThat(forged.json().path("detail").asText()).contains("X-XSRF-TOKEN");
        assertThat(locked(target)).as("nothing happened").isFalse();

        String token = session.cookie("PLANFLOW-XSRF-TOKEN").orElseThrow();
        assertThat(session.send("POST", "/api/admin/users/" + target + "/lock", null, "X-XSRF-TOKEN", token).status()).isEqualTo(200);
        assertThat(locked(target)).isTrue();

        ApiClient.Response basic = new ApiClient(port).post("/api/admin/users/" + target + "/unlock", "admin", null);
        assertThat(basic.status()).as("HTTP Basic, no token").isEqualTo(200);
        assertThat(locked(target)).isFalse();
    }

    @Test
    void the_engines_rest_api_wants_the_token_from_a_session_too_uploads_included() {
        SessionClient session = SessionClient.loggedIn(port, newAccount("test-se-engine", Roles.ADMIN), PASSWORD);
        assertThat(session.get("/engine-rest/engine").status()).isEqualTo(200);
        String boundary = "planflow-csrf";
        String deployment = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforged\r\n--"
                + boundary + "--\r\n";

        ApiClient.Response upload = session.sendRaw("POST", "/engine-rest/deployment/create",
                deployment.getBytes(StandardCharsets.UTF_8), "Content-Type", "multipart/form-data; boundary=" + boundary);

        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.json().path("code").asText()).isEqualTo("CSRF_TOKEN_REQUIRED");
        assertThat(session.send("POST", "/engine-rest/process-instance/count", "{}",
                "X-XSRF-TOKEN", session.cookie("PLANFLOW-XSRF-TOKEN").orElseThrow()).status()).isEqualTo(200);
    }

    @Test
    void camundas_web_apps_refuse_a_change_without_their_own_xsrf_token_and_end_the_session() {
        String count = "/camunda/api/engine/engine/default/process-instance/count";
        // The demo administrator, who exists wherever Camunda's registry finds the engine (see COCKPIT_SCRIPT).
        SessionClient forged = SessionClient.loggedIn(port, "admin", "demo");
        assertThat(forged.get(COCKPIT).status()).isEqualTo(200);

        assertThat(forged.send("POST", count, "{}").status()).as("no X-XSRF-TOKEN").isEqualTo(403);
        assertThat(forged.get(COCKPIT).status()).as("Camunda ended the session it came with").isEqualTo(302);

        SessionClient genuine = SessionClient.loggedIn(port, "admin", "demo");
        assertThat(genuine.get(COCKPIT).status()).isEqualTo(200);
        assertThat(genuine.send("POST", count, "{}", "X-XSRF-TOKEN", genuine.cookie("XSRF-TOKEN").orElseThrow()).status())
                .isEqualTo(200);
    }

    /** A new account with a password of its own (no change pending). */
    private String newAccount(String username, String role) {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.create(new UserForm(username, "测试账户",
                Roles.ADMIN.equals(role) ? "it" : "swj", Set.of(role), null, PASSWORD)));
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = ?").param(username).update();
        return username;
    }

    private boolean locked(String username) {
        return RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.user(username).locked());
    }
}
