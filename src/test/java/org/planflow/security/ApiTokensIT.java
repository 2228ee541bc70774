package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.SessionClient;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens end to end over HTTP: issued by the administrator and by each person for themselves, used with
 * {@code Authorization: Bearer} as the account with its roles and unit, listed without their secrets, revoked at
 * once, refused while their account is disabled or locked, recorded on the trail without their secrets.
 */
@PlanFlowTest
class ApiTokensIT {

    private static final String PASSWORD = "Chushi-2026";
    private static final String PREFIX = "test-tok-";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    UserAdminService users;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void forgetTheTestsTokensAndAccounts() {
        jdbc.sql("DELETE FROM api_token WHERE name LIKE ?").param(PREFIX + "%").update();
        jdbc.sql("DELETE FROM app_user WHERE username LIKE ?").param(PREFIX + "%").update();
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_failure_address").update();
    }

    /** What the administrator does to an account that stops its tokens, and what undoes it. */
    enum Suspension {
        DISABLED(UserAdminService::disable, UserAdminService::enable),
        LOCKED(UserAdminService::lock, UserAdminService::unlock);

        private final BiConsumer<UserAdminService, String> apply;
        private final BiConsumer<UserAdminService, String> lift;

        Suspension(BiConsumer<UserAdminService, String> apply, BiConsumer<UserAdminService, String> lift) {
            this.apply = apply;
            this.lift = lift;
        }
    }

    @Test
    void a_token_the_administrator_issues_acts_as_its_account_with_its_roles_and_unit() {
        JsonNode issued = issue("staff-town-1", PREFIX + "台账同步");
        assertThat(issued.path("id").asLong()).isPositive();
        assertThat(issued.path("name").asText()).isEqualTo(PREFIX + "台账同步");
        assertThat(issued.path("username").asText()).isEqualTo("staff-town-1");
        assertThat(issued.path("createdAt").asText()).isNotBlank();
        String token = issued.path("token").asText();
        assertThat(token).startsWith("pft_").hasSize(47);

        ApiClient.Response me = bearer("GET", "/api/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("staff-town-1");
        assertThat(me.json().path("unit").path("code").asText()).isEqualTo("town-1");
        assertThat(me.json().path("roles")).extracting(JsonNode::asText).containsExactly(Roles.UNIT_STAFF);

        ApiClient.Response overdue = bearer("GET", "/api/supervision/overdue", token);
        assertThat(overdue.status()).as("a role the account lacks").isEqualTo(403);
        assertThat(overdue.json().path("detail").asText()).isEqualTo(Roles.NOT_ALLOWED);
        ApiClient.Response administration = bearer("GET", "/api/admin/users", token);
        assertThat(administration.status()).isEqualTo(403);
        ApiClient.Response engine = bearer("GET", "/engine-rest/engine", token);
        assertThat(engine.status()).isEqualTo(403);

        String supervisors = issue("supervisor", PREFIX + "督办").path("token").asText();
        assertThat(bearer("GET", "/api/supervision/overdue", supervisors).status()).as("the supervisor's role").isEqualTo(200);
        String administrators = issue("admin", PREFIX + "运维").path("token").asText();
        assertThat(bearer("GET", "/api/admin/users", administrators).status()).isEqualTo(200);
        assertThat(bearer("GET", "/engine-rest/engine", administrators).status()).as("the engine's REST, ADMIN only").isEqualTo(200);
    }

    @Test
    void a_token_call_makes_no_session_and_a_change_with_it_needs_no_csrf_token() throws Exception {
        String token = issue("staff-town-1", PREFIX + "无会话").path("token").asText();

        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).as("no session, no CSRF cookie").isEmpty();

        ApiClient.Response change = bearer("POST", "/api/notifications/read-all", token);
        assertThat(change.status()).as(change.body()).isEqualTo(200);

        // Sent from a browser that holds another person's session, the token decides who calls, and no CSRF token is asked.
        SessionClient browser = SessionClient.loggedIn(port, "staff-fgw", "demo");
        ApiClient.Response both = browser.send("GET", "/api/me", null, "Authorization", "Bearer " + token);
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().path("username").asText()).isEqualTo("staff-town-1");
        assertThat(browser.send("POST", "/api/notifications/read-all", null, "Authorization", "Bearer " + token).status())
                .isEqualTo(200);
        assertThat(browser.get("/api/me").json().path("username").asText()).as("the session itself is untouched")
                .isEqualTo("staff-fgw");
    }

    @Test
    void the_lists_show_every_token_without_its_secret() {
        JsonNode issued = issue("staff-town-1", PREFIX + "列表");
        String token = issued.path("token").asText();
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);

        ApiClient.Response all = api.get("/api/admin/api-tokens?username=staff-town-1&size=500", "admin");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("total").asLong()).as("a page with its total").isEqualTo(all.json().path("items").size());
        JsonNode listed = byId(all.json().path("items"), issued.path("id").asLong());
        assertThat(listed.path("name").asText()).isEqualTo(PREFIX + "列表");
        assertThat(listed.path("username").asText()).isEqualTo("staff-town-1");
        assertThat(listed.path("hint").asText()).isEqualTo(token.substring(0, 12));
        assertThat(listed.path("createdBy").asText()).isEqualTo("admin");
        assertThat(listed.path("createdAt").asText()).isEqualTo(issued.path("createdAt").asText());
        assertThat(listed.path("lastUsedAt").isNull()).as("used a moment ago").isFalse();
        assertThat(listed.has("token")).isFalse();
        assertThat(all.body()).doesNotContain(token).doesNotContain(token.substring(12));

        ApiClient.Response one = api.get("/api/admin/api-tokens?username=staff-town-1", "admin");
        assertThat(one.json().path("items")).extracting(node -> node.path("username").asText()).containsOnly("staff-town-1");
        ApiClient.Response own = api.get("/api/me/api-tokens?size=500", "staff-town-1");
        assertThat(own.status()).isEqualTo(200);
        assertThat(byId(own.json().path("items"), issued.path("id").asLong()).path("hint").asText()).isEqualTo(token.substring(0, 12));
        assertThat(own.body()).doesNotContain(token.substring(12));
    }

    @Test
    void a_revoked_token_is_refused_at_its_next_call_as_a_failed_login_is() {
        JsonNode issued = issue("staff-town-1", PREFIX + "撤销");
        String token = issued.path("token").asText();
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);

        ApiClient.Response revoked = api.delete("/api/admin/api-tokens/" + issued.path("id").asLong(), "admin");
        assertThat(revoked.status()).isEqualTo(204);

        ApiClient.Response refused = bearer("GET", "/api/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.name());
        ApiClient.Response wrongPassword = api.get("/api/me", "staff-town-1", "not-the-password");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(problem(refused)).as("the answer to a wrong password").isEqualTo(problem(wrongPassword));

        ApiClient.Response again = api.delete("/api/admin/api-tokens/" + issued.path("id").asLong(), "admin");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("detail").asText()).isEqualTo("No API token " + issued.path("id").asLong());
    }

    @Test
    void an_unknown_or_malformed_token_gets_the_one_answer_of_a_failed_login_and_leaves_a_row_without_the_secret() throws Exception {
        String unknown = "pft_" + "A".repeat(43);
        for (String secret : List.of(unknown, "not-a-token", "")) {
            ApiClient.Response refused = bearer("GET", "/api/me", secret);
            assertThat(refused.status()).as("'%s'", secret).isEqualTo(401);
            assertThat(refused.json().path("code").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.name());
            assertThat(refused.json().path("detail").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.english(List.of()));
        }
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + unknown).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"PlanFlow\", error=\"invalid_token\"");

        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT actor, subject, details FROM audit_event
                         WHERE category = 'LOGIN' AND action = 'LOGIN_UNKNOWN_TOKEN' AND subject = ? ORDER BY id DESC""")
                .param("token:pft_AAAAAAAA").query().listOfRows();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0)).containsEntry("actor", "pft_AAAAAAAA").containsEntry("details", "pft_AAAAAAAA");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject = 'token:?' AND action = 'LOGIN_UNKNOWN_TOKEN'")
                .query(Long.class).single()).as("a secret of another form is not recorded").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE concat_ws(' ', actor, subject, details) LIKE ?")
                .param("%not-a-token%").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Suspension.class)
    void a_lock_suspends_the_accounts_tokens_and_a_disable_ends_them(Suspension suspension) {
        String username = newAccount(PREFIX + suspension.name().toLowerCase());
        String token = issue(username, PREFIX + "脚本").path("token").asText();
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);

        RunAs.user("admin", Set.of(Roles.ADMIN), () -> suspension.apply.accept(users, username));

        ApiClient.Response refused = bearer("GET", "/api/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("code").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.name());
        if (suspension == Suspension.LOCKED) {
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND actor = ? AND details LIKE ?")
                    .params("LOGIN_LOCKED", username, "pft_%… " + PREFIX + "脚本").query(Long.class).single())
                    .as("recorded with the token's hint and name").isEqualTo(1);
        } else {
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'API_TOKEN_REVOKED' AND subject = ? AND details LIKE ?")
                    .params(OrganizationAction.userSubject(username), "pft_%… " + PREFIX + "脚本").query(Long.class).single())
                    .as("the disable revoked it, on the trail").isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_UNKNOWN_TOKEN' AND subject = ?")
                    .param("token:" + ApiTokenSecret.hint(token)).query(Long.class).single()).isEqualTo(1);
        }

        RunAs.user("admin", Set.of(Roles.ADMIN), () -> suspension.lift.accept(users, username));
        if (suspension == Suspension.LOCKED) {
            assertThat(bearer("GET", "/api/me", token).status()).as("a lock only suspends the token").isEqualTo(200);
        } else {
            assertThat(bearer("GET", "/api/me", token).status()).as("a disable ended the token for good").isEqualTo(401);
            assertThat(api.get("/api/admin/api-tokens?username=" + username, "admin").json().path("total").asLong()).isZero();
        }
    }

    @Test
    void a_password_change_or_a_reset_ends_the_accounts_tokens_and_the_trail_says_so() {
        String username = newAccount(PREFIX + "pw");
        String changedToken = issue(username, PREFIX + "对接").path("token").asText();

        ApiClient.Response changed = api.put("/api/me/password", username, PASSWORD,
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Neues-Passwort-1\"}");
        assertThat(changed.status()).isEqualTo(204);
        ApiClient.Response refused = bearer("GET", "/api/tasks", changedToken);
        assertThat(refused.status()).as("the password change ended it").isEqualTo(401);
        assertThat(refused.json().path("code").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.name());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'API_TOKEN_REVOKED' AND subject = ? AND details LIKE ?")
                .params(OrganizationAction.userSubject(username), "%" + PREFIX + "对接%").query(Long.class).single()).isEqualTo(1);

        String resetToken = issue(username, PREFIX + "对接二").path("token").asText();
        assertThat(bearer("GET", "/api/tasks", resetToken).status()).isEqualTo(200);
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.resetPassword(username, null));
        assertThat(bearer("GET", "/api/tasks", resetToken).status()).as("the reset ended it").isEqualTo(401);
        assertThat(api.get("/api/admin/api-tokens?username=" + username, "admin").json().path("total").asLong()).isZero();
    }

    @Test
    void everyone_keeps_their_own_tokens_and_another_ones_id_is_unknown_to_them() {
        ApiClient.Response mine = api.post("/api/me/api-tokens", "staff-town-1", json(Map.of("name", PREFIX + "自用")));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(mine.json().path("username").asText()).isEqualTo("staff-town-1");
        String token = mine.json().path("token").asText();
        assertThat(bearer("GET", "/api/me", token).json().path("username").asText()).isEqualTo("staff-town-1");
        JsonNode others = issue("staff-fgw", PREFIX + "他人");

        ApiClient.Response own = api.get("/api/me/api-tokens?size=500", "staff-town-1");
        assertThat(own.json().path("items")).extracting(node -> node.path("username").asText()).containsOnly("staff-town-1");
        assertThat(own.json().path("items")).extracting(node -> node.path("id").asLong()).contains(mine.json().path("id").asLong())
                .doesNotContain(others.path("id").asLong());

        ApiClient.Response foreign = api.delete("/api/me/api-tokens/" + others.path("id").asLong(), "staff-town-1");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().path("detail").asText()).isEqualTo("No API token " + others.path("id").asLong());
        assertThat(bearer("GET", "/api/me", others.path("token").asText()).status()).as("still in use").isEqualTo(200);

        assertThat(api.delete("/api/me/api-tokens/" + mine.json().path("id").asLong(), "staff-town-1").status()).isEqualTo(204);
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(401);
    }

    @Test
    void a_token_may_not_issue_tokens_but_may_revoke_its_own() {
        JsonNode issued = issue("staff-town-1", PREFIX + "不得签发");
        String token = issued.path("token").asText();
        ApiClient.Response own = bearer("POST", "/api/me/api-tokens", token, json(Map.of("name", PREFIX + "再签发")));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().path("code").asText()).isEqualTo(SecurityProblem.TOKEN_CANNOT_ISSUE.name());
        String administrators = issue("admin", PREFIX + "管理").path("token").asText();
        ApiClient.Response forOthers = bearer("POST", "/api/admin/api-tokens", administrators,
                json(Map.of("username", "staff-fgw", "name", PREFIX + "代签")));
        assertThat(forOthers.status()).isEqualTo(403);
        assertThat(forOthers.json().path("code").asText()).isEqualTo(SecurityProblem.TOKEN_CANNOT_ISSUE.name());
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE name IN (?, ?)").params(PREFIX + "再签发", PREFIX + "代签")
                .query(Long.class).single()).isZero();

        ApiClient.Response listed = bearer("GET", "/api/me/api-tokens", token);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(byId(listed.json().path("items"), issued.path("id").asLong()).path("name").asText()).isEqualTo(PREFIX + "不得签发");
        assertThat(bearer("DELETE", "/api/me/api-tokens/" + issued.path("id").asLong(), token).status())
                .as("a leaked token revokes itself").isEqualTo(204);
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_refused_with_the_field_and_a_code() {
        refused(api.post("/api/admin/api-tokens", "admin", json(Map.of("username", "staff-town-1", "name", " "))), 400, "name", "REQUIRED");
        refused(api.post("/api/me/api-tokens", "staff-town-1", "{}"), 400, "name", "REQUIRED");
        refused(api.post("/api/admin/api-tokens", "admin", json(Map.of("name", PREFIX + "无人"))), 400, "username", "REQUIRED");
        ApiClient.Response unknown = api.post("/api/admin/api-tokens", "admin", json(Map.of("username", "nobody-here", "name", PREFIX + "x")));
        refused(unknown, 400, "username", "ACCOUNT_UNKNOWN");
        assertThat(unknown.json().path("detail").asText()).isEqualTo("username: No account has the username \"nobody-here\"");
        refused(api.post("/api/me/api-tokens", "staff-town-1", json(Map.of("name", PREFIX + "长".repeat(100)))), 400, "name", "TOO_LONG");

        String username = newAccount(PREFIX + "off");
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.disable(username));
        refused(api.post("/api/admin/api-tokens", "admin", json(Map.of("username", username, "name", PREFIX + "x"))), 400,
                "username", "ACCOUNT_DISABLED");

        issue("staff-town-1", PREFIX + "同名");
        ApiClient.Response twice = api.post("/api/me/api-tokens", "staff-town-1", json(Map.of("name", PREFIX + "同名")));
        refused(twice, 409, "name", "NAME_TAKEN");
        assertThat(twice.json().path("values")).extracting(JsonNode::asText).containsExactly("staff-town-1", PREFIX + "同名");
    }

    @Test
    void issuing_and_revoking_are_on_the_trail_with_who_for_whom_and_the_name_never_the_secret() {
        JsonNode issued = issue("staff-town-1", PREFIX + "审计");
        String token = issued.path("token").asText();
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);
        assertThat(api.delete("/api/me/api-tokens/" + issued.path("id").asLong(), "staff-town-1").status()).isEqualTo(204);

        String details = token.substring(0, 12) + "… " + PREFIX + "审计";
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT actor, action, category, subject FROM audit_event
                         WHERE details = ? AND action LIKE 'API_TOKEN_%' ORDER BY id""")
                .param(details).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("actor", "admin").containsEntry("action", "API_TOKEN_ISSUED")
                .containsEntry("category", "ORGANIZATION").containsEntry("subject", "user:staff-town-1");
        assertThat(rows.get(1)).containsEntry("actor", "staff-town-1").containsEntry("action", "API_TOKEN_REVOKED")
                .containsEntry("category", "ORGANIZATION").containsEntry("subject", "user:staff-town-1");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED' AND actor = 'staff-town-1' AND details = ?")
                .param(details).query(Long.class).single()).as("the token's first sign-in of the hour").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE concat_ws(' ', actor, subject, details, comment, outcome) LIKE ?")
                .param("%" + token.substring(12) + "%").query(Long.class).single()).as("the secret anywhere on the trail").isZero();

        ApiClient.Response trail = api.get("/api/admin/audit?category=ORGANIZATION&subject=user:staff-town-1", "admin");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("API_TOKEN_ISSUED", "API_TOKEN_REVOKED");
    }

    @Test
    void a_tokens_use_is_written_at_most_once_a_minute() {
        JsonNode issued = issue("staff-town-1", PREFIX + "用时");
        String token = issued.path("token").asText();
        Instant start = clock.instant();
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);
        Instant first = lastUsed(issued);
        assertThat(Duration.between(start, first).abs()).isLessThan(Duration.ofSeconds(5));

        clock.moveTo(start.plusSeconds(40));
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);
        assertThat(lastUsed(issued)).as("within the minute").isEqualTo(first);

        clock.moveTo(start.plusSeconds(70));
        assertThat(bearer("GET", "/api/me", token).status()).isEqualTo(200);
        assertThat(lastUsed(issued)).isAfter(first.plusSeconds(60));
    }

    private JsonNode issue(String username, String name) {
        ApiClient.Response issued = api.post("/api/admin/api-tokens", "admin", json(Map.of("username", username, "name", name)));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json();
    }

    private ApiClient.Response bearer(String method, String path, String token) {
        return api.sendWithToken(method, path, token, null);
    }

    private ApiClient.Response bearer(String method, String path, String token, String jsonBody) {
        return api.sendWithToken(method, path, token, ApiClient.Body.json(jsonBody));
    }

    private Instant lastUsed(JsonNode issued) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?").param(issued.path("id").asLong())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    /** A new account of its own password, no change pending. */
    private String newAccount(String username) {
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> users.create(new UserForm(username, "令牌测试", "swj",
                Set.of(Roles.UNIT_STAFF), null, PASSWORD)));
        jdbc.sql("UPDATE app_user SET must_change_password = false WHERE username = ?").param(username).update();
        return username;
    }

    private static void refused(ApiClient.Response response, int status, String field, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }

    private static JsonNode byId(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.path("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("no token " + id + " in " + list);
    }

    private static String problem(ApiClient.Response response) {
        JsonNode body = response.json();
        return body.path("status").asText() + " " + body.path("code").asText() + " " + body.path("detail").asText();
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
