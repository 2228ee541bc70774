package org.planflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.shared.PageRequest;
import org.planflow.shared.PagingProblem;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.security.AccountLockedOut;
import org.planflow.security.EngineOperationPerformed;
import org.planflow.security.LoginAttempted;
import org.planflow.shared.Formats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administration trail through the API: logins, lockouts and engine operations as security announces them,
 * calendar and escalation-rule edits as ADMIN makes them, each with who, what and from where; read by category and
 * actor, paged with a total, by ADMIN only.
 */
@PlanFlowTest
class AdministrationTrailIT {

    private static final String TRAIL = "/api/admin/audit";
    private static final String DAY = "/api/calendar/days/2099-10-05";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void forgetTheImportedYear() {
        jdbc.sql("DELETE FROM calendar_day WHERE day >= '2098-01-01' AND day < '2099-01-01'").update();
        jdbc.sql("DELETE FROM calendar_year WHERE year = 2098").update();
    }

    @Test
    void logins_and_a_lockout_are_recorded_with_the_client_address_even_when_the_callers_transaction_rolls_back() {
        String name = "test-trail-" + System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        events.publishEvent(new LoginAttempted(name, "203.0.113.7", LoginAttempted.Outcome.SUCCEEDED, at.minusSeconds(60)));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new LoginAttempted(name, "203.0.113.8", LoginAttempted.Outcome.BAD_CREDENTIALS, at.minusSeconds(30)));
            status.setRollbackOnly();
        });
        events.publishEvent(new AccountLockedOut(name, "203.0.113.8", at.plus(15, ChronoUnit.MINUTES)));

        JsonNode logins = items(TRAIL + "?category=LOGIN&subject=user:" + name);

        assertThat(logins).hasSize(3);
        JsonNode lockout = logins.get(0);
        assertThat(lockout.path("action").asText()).isEqualTo("ACCOUNT_LOCKED_OUT");
        assertThat(lockout.path("actor").asText()).isEqualTo(AuditService.SYSTEM);
        assertThat(lockout.path("clientAddress").asText()).isEqualTo("203.0.113.8");
        assertThat(lockout.path("details").asText()).isEqualTo(Formats.dateTime(at.plus(15, ChronoUnit.MINUTES)));
        JsonNode failed = logins.get(1);
        assertThat(failed.path("action").asText()).isEqualTo("LOGIN_BAD_CREDENTIALS");
        assertThat(failed.path("actor").asText()).isEqualTo(name);
        assertThat(failed.path("clientAddress").asText()).isEqualTo("203.0.113.8");
        assertThat(failed.path("category").asText()).isEqualTo("LOGIN");
        assertThat(Instant.parse(failed.path("at").asText())).isEqualTo(at.minusSeconds(30));
        JsonNode succeeded = logins.get(2);
        assertThat(succeeded.path("action").asText()).isEqualTo("LOGIN_SUCCEEDED");
        assertThat(succeeded.path("clientAddress").asText()).isEqualTo("203.0.113.7");
    }

    @Test
    void a_real_wrong_password_and_sign_ins_over_http_basic_are_recorded_once_an_hour_per_account_and_address() {
        String user = "test-trail-basic-" + System.nanoTime() % 1_000_000;
        ApiClient.Response created = api.post("/api/admin/users", "admin", """
                {"username":"%s","displayName":"审计测试","unit":"town-4","roles":["UNIT_STAFF"],"password":"Trail-2026-pass"}"""
                .formatted(user));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiClient.Response wrong = api.get("/api/me", user, "not-the-password");
        assertThat(wrong.status()).isEqualTo(401);
        for (int call = 0; call < 3; call++) {
            assertThat(api.get("/api/me", user, "Trail-2026-pass").status()).isEqualTo(200);
        }

        JsonNode logins = items(TRAIL + "?category=LOGIN&subject=user:" + user);

        assertThat(logins.findValuesAsText("action")).as("newest first: three calls within the hour, one row")
                .containsExactly("LOGIN_SUCCEEDED", "LOGIN_BAD_CREDENTIALS");
        assertThat(logins.get(1).path("actor").asText()).isEqualTo(user);
        assertThat(logins.get(1).path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        String name = "test-trail-" + System.nanoTime();
        Instant at = Instant.now();
        events.publishEvent(new LoginAttempted(name, "203.0.113.20", LoginAttempted.Outcome.SUCCEEDED, at));
        events.publishEvent(new LoginAttempted(name, "203.0.113.20", LoginAttempted.Outcome.SUCCEEDED, at.plusSeconds(60)));
        events.publishEvent(new LoginAttempted(name, "203.0.113.21", LoginAttempted.Outcome.SUCCEEDED, at.plusSeconds(90)));
        events.publishEvent(new LoginAttempted(name, "203.0.113.20", LoginAttempted.Outcome.SUCCEEDED, at.plus(61, ChronoUnit.MINUTES)));
        assertThat(items(TRAIL + "?category=LOGIN&subject=user:" + name).findValuesAsText("clientAddress"))
                .containsExactly("203.0.113.20", "203.0.113.21", "203.0.113.20");
    }

    @Test
    void every_login_outcome_has_an_action_of_its_own() {
        for (LoginAttempted.Outcome outcome : LoginAttempted.Outcome.values()) {
            assertThat(TrailAction.of(outcome).name()).isEqualTo("LOGIN_" + outcome.name());
        }
    }

    @Test
    void an_engine_operation_is_recorded_with_its_method_path_and_answer() {
        events.publishEvent(new EngineOperationPerformed("admin", "198.51.100.4", "DELETE", "/engine-rest/process-instance/x-1",
                204, Instant.now()));

        JsonNode operation = items(TRAIL + "?category=ENGINE&actor=admin&size=1").get(0);

        assertThat(operation.path("action").asText()).isEqualTo("ENGINE_OPERATION");
        assertThat(operation.path("details").asText()).isEqualTo("DELETE /engine-rest/process-instance/x-1 → 204");
        assertThat(operation.path("outcome").asText()).isEqualTo("204");
        assertThat(operation.path("clientAddress").asText()).isEqualTo("198.51.100.4");
    }

    @Test
    void calendar_edits_and_an_import_are_recorded_as_settings_with_the_administrators_address() {
        assertThat(api.put(DAY, "admin", "{\"kind\":\"HOLIDAY\",\"name\":\"测试假日\"}").status()).isEqualTo(200);
        assertThat(api.delete(DAY, "admin").status()).isEqualTo(204);
        ApiClient.Response imported = api.postFile("/api/calendar/import", "admin", "file", "2098.csv",
                "date,kind,name\n2098-01-01,HOLIDAY,元旦\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode day = items(TRAIL + "?category=SETTINGS&subject=calendar:2099-10-05");
        assertThat(day.findValuesAsText("action")).containsExactly("CALENDAR_DAY_CLEARED", "CALENDAR_DAY_SET");
        assertThat(day.get(1).path("details").asText()).isEqualTo("- → HOLIDAY 测试假日");
        assertThat(day.get(0).path("details").asText()).isEqualTo("HOLIDAY 测试假日 → -");
        assertThat(day.findValuesAsText("actor")).containsOnly("admin");
        assertLoopback(day.get(0).path("clientAddress").asText());
        JsonNode csv = items(TRAIL + "?category=SETTINGS&subject=calendar:2098").get(0);
        assertThat(csv.path("action").asText()).isEqualTo("CALENDAR_IMPORTED");
        assertThat(csv.path("details").asText()).isEqualTo("2098: 1");
    }

    @Test
    void a_change_of_the_escalation_ladder_is_recorded_as_settings_with_the_ladder_before_and_after() {
        ApiClient.Response saved = api.put("/api/supervision/escalation-rules/READ_NOTICE", "admin", """
                [{"step":"REMINDER","offsetWorkingDays":-2,"enabled":true},{"step":"OVERDUE","offsetWorkingDays":0,"enabled":false}]""");
        JsonNode change = items(TRAIL + "?category=SETTINGS&subject=escalation-rules:READ_NOTICE").get(0);
        api.put("/api/supervision/escalation-rules/READ_NOTICE", "admin", "[]");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        assertThat(change.path("action").asText()).isEqualTo("ESCALATION_LADDER_SAVED");
        assertThat(change.path("actor").asText()).isEqualTo("admin");
        assertThat(change.path("details").asText()).isEqualTo("READ_NOTICE - → REMINDER -2, OVERDUE 0 off");
        assertLoopback(change.path("clientAddress").asText());
    }

    @Test
    void the_trail_is_paged_newest_first_with_the_total_of_what_the_filter_matches() {
        String name = "test-trail-page-" + System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            events.publishEvent(new LoginAttempted(name, "192.0.2.1", LoginAttempted.Outcome.BAD_CREDENTIALS, at.plusSeconds(i)));
        }

        JsonNode second = api.get(TRAIL + "?category=LOGIN&actor=" + name + "&page=1&size=2", "admin").json();

        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("items")).hasSize(1);
        assertThat(Instant.parse(second.path("items").get(0).path("at").asText())).isEqualTo(at);
        assertThat(api.get(TRAIL + "?category=ENGINE&actor=" + name, "admin").json().path("total").asLong()).isZero();
    }

    @Test
    void an_unknown_category_or_page_is_refused_naming_the_field() {
        ApiClient.Response category = api.get(TRAIL + "?category=PLANS", "admin");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.json().path("field").asText()).isEqualTo("category");
        assertThat(category.json().path("code").asText()).isEqualTo(AuditProblem.CATEGORY_UNKNOWN.name());
        assertThat(category.json().path("detail").asText()).contains("PLANS", "ORGANIZATION, LOGIN, DOWNLOAD, SETTINGS, ENGINE");

        ApiClient.Response size = api.get(TRAIL + "?size=" + (PageRequest.MAX_SIZE + 1), "admin");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().path("field").asText()).isEqualTo("size");
        assertThat(size.json().path("code").asText()).isEqualTo(PagingProblem.SIZE_INVALID.name());
    }

    @Test
    void only_an_administrator_reads_the_trail() {
        for (String username : new String[] {"supervisor", "leader", "staff-town-1"}) {
            ApiClient.Response refused = api.get(TRAIL + "?category=LOGIN", username);
            assertThat(refused.status()).as(username).isEqualTo(403);
            assertThat(refused.body()).as(username).doesNotContain("\"items\"");
        }
        assertThat(api.get(TRAIL, "admin").status()).isEqualTo(200);
    }

    private JsonNode items(String path) {
        ApiClient.Response response = api.get(path, "admin");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("items");
    }

    static void assertLoopback(String address) {
        try {
            assertThat(InetAddress.getByName(address).isLoopbackAddress()).as(address).isTrue();
        } catch (UnknownHostException e) {
            throw new AssertionError("Not an address: " + address, e);
        }
    }
}
