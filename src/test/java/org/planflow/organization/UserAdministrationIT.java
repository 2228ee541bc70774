package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ADMIN keeps the district's people through the API; people change their own password and language. */
@PlanFlowTest
class UserAdministrationIT {

    private static final String PREFIX = "test-uu-";
    private static final String CHOSEN = "Mima-Xin-2026";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    ApiClient api;
    String consultation;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeTestUsers() {
        if (consultation != null) {
            runtime.deleteProcessInstance(consultation, "test over");
        }
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void only_administrators_manage_users() {
        ApiClient.Response list = api.get("/api/admin/users", "drafter");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.contentType()).startsWith("application/problem+json");
        ApiClient.Response reset = api.post("/api/admin/users/staff-fgw/password-reset", "supervisor", null);
        assertThat(reset.status()).isEqualTo(403);
        assertThat(api.get("/api/me", "staff-fgw").status()).as("nothing was reset").isEqualTo(200);
    }

    @Test
    void a_new_user_chooses_a_password_before_anything_else() {
        TestDistrict.user(api, "test-uu-new", "新同事", "fgw", Roles.UNIT_STAFF);
        String initial = TestDistrict.INITIAL_PASSWORD;

        ApiClient.Response tasksFirst = api.get("/api/tasks", "test-uu-new", initial);
        assertThat(tasksFirst.status()).isEqualTo(403);
        assertThat(tasksFirst.contentType()).startsWith("application/problem+json");
        assertThat(tasksFirst.json().path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(tasksFirst.json().path("detail").asText()).contains("PUT /api/me/password");
        JsonNode me = api.get("/api/me", "test-uu-new", initial).json();
        assertThat(me.path("mustChangePassword").asBoolean()).isTrue();

        ApiClient.Response wrong = api.put("/api/me/password", "test-uu-new", initial,
                "{\"currentPassword\":\"nicht\",\"newPassword\":\"" + CHOSEN + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("field").asText()).isEqualTo("currentPassword");
        ApiClient.Response short_ = api.put("/api/me/password", "test-uu-new", initial,
                "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"abc\"}");
        assertThat(short_.status()).isEqualTo(400);
        assertThat(short_.json().path("code").asText()).isEqualTo("PASSWORD_TOO_SHORT");

        assertThat(api.put("/api/me/password", "test-uu-new", initial,
                "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + CHOSEN + "\"}").status()).isEqualTo(204);
        assertThat(api.get("/api/tasks", "test-uu-new", CHOSEN).status()).isEqualTo(200);
        assertThat(api.get("/api/me", "test-uu-new", CHOSEN).json().path("mustChangePassword").asBoolean()).isFalse();
        assertThat(api.get("/api/me", "test-uu-new", initial).status()).as("the old password is gone").isEqualTo(401);
    }

    @Test
    void a_reset_password_must_be_changed_at_the_next_login() {
        TestDistrict.user(api, "test-uu-reset", "忘记密码", "czj", Roles.UNIT_STAFF);
        TestDistrict.canLogInWithDemo(jdbc, "test-uu-reset");
        assertThat(api.get("/api/tasks", "test-uu-reset").status()).isEqualTo(200);

        ApiClient.Response reset = api.post("/api/admin/users/test-uu-reset/password-reset", "admin", null);

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String temporary = reset.json().path("temporaryPassword").asText();
        assertThat(temporary).hasSize(12);
        assertThat(api.get("/api/me", "test-uu-reset").status()).as("the old password no longer works").isEqualTo(401);
        ApiClient.Response blocked = api.get("/api/tasks", "test-uu-reset", temporary);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().path("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(api.put("/api/me/password", "test-uu-reset", temporary,
                "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + CHOSEN + "\"}").status()).isEqualTo(204);
        assertThat(api.get("/api/tasks", "test-uu-reset", CHOSEN).status()).isEqualTo(200);

        JsonNode trail = api.get("/api/admin/audit?subject=user:test-uu-reset&category=ORGANIZATION", "admin").json().path("items");
        assertThat(trail.findValuesAsText("action")).containsSequence("PASSWORD_CHANGED", "PASSWORD_RESET");
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("test-uu-reset");
        assertThat(trail.get(1).path("actor").asText()).isEqualTo("admin");
    }

    @Test
    void a_disabled_user_cannot_log_in_and_their_claimed_task_returns_to_the_unit_queue() {
        TestDistrict.unit(api, "test-uu-unit", "测试意见局", "DEPARTMENT");
        TestDistrict.user(api, "test-uu-leaving", "调离人员", "test-uu-unit", Roles.UNIT_STAFF);
        TestDistrict.user(api, "test-uu-staying", "留任人员", "test-uu-unit", Roles.UNIT_STAFF);
        TestDistrict.canLogInWithDemo(jdbc, "test-uu-leaving");
        TestDistrict.canLogInWithDemo(jdbc, "test-uu-staying");
        consultation = runtime.startProcessInstanceByKey("consultation", Map.of("unitCode", "test-uu-unit",
                "planTitle", "停用测试方案", "round", 1, "consultDue", Date.from(Instant.now().plus(30, ChronoUnit.DAYS)))).getId();
        String taskId = tasks.createTaskQuery().processInstanceId(consultation).singleResult().getId();
        assertThat(api.post("/api/tasks/" + taskId + "/claim", "test-uu-leaving", null).status()).isEqualTo(200);
        assertThat(entry("test-uu-leaving", taskId).path("assignee").asText()).isEqualTo("test-uu-leaving");
        assertThat(openTaskIds("test-uu-staying")).as("claimed by a colleague").doesNotContain(taskId);

        ApiClient.Response disabled = api.post("/api/admin/users/test-uu-leaving/disable", "admin", null);

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/me", "test-uu-leaving").status()).isEqualTo(401);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId).contains("test-uu-unit");
        assertThat(entry("test-uu-staying", taskId).path("assignee").isNull()).as("back in the unit's queue, unclaimed").isTrue();
        assertThat(api.get("/api/admin/audit?subject=user:test-uu-leaving", "admin").json().findValuesAsText("action"))
                .contains("USER_DISABLED", "TASKS_RELEASED");

        assertThat(api.post("/api/admin/users/test-uu-leaving/enable", "admin", null).status()).isEqualTo(200);
        assertThat(api.get("/api/me", "test-uu-leaving").status()).isEqualTo(200);
    }

    @Test
    void a_locked_user_cannot_log_in_until_unlocked() {
        TestDistrict.user(api, "test-uu-lock", "锁定人员", "swj", Roles.UNIT_STAFF);
        TestDistrict.canLogInWithDemo(jdbc, "test-uu-lock");

        assertThat(api.post("/api/admin/users/test-uu-lock/lock", "admin", null).json().path("locked").asBoolean()).isTrue();
        assertThat(api.get("/api/me", "test-uu-lock").status()).isEqualTo(401);

        assertThat(api.post("/api/admin/users/test-uu-lock/unlock", "admin", null).json().path("locked").asBoolean()).isFalse();
        assertThat(api.get("/api/me", "test-uu-lock").status()).isEqualTo(200);
    }

    @Test
    void bad_users_and_clashes_are_refused() {
        ApiClient.Response taken = api.post("/api/admin/users", "admin", """
                {"username":"drafter","displayName":"重名","unit":"fgw","roles":["UNIT_STAFF"],"password":"Chushi-2026"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("code").asText()).isEqualTo("USERNAME_TAKEN");

        ApiClient.Response role = api.post("/api/admin/users", "admin", """
                {"username":"test-uu-role","displayName":"角色错","unit":"fgw","roles":["MAYOR"],"password":"Chushi-2026"}""");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.json().path("field").asText()).isEqualTo("roles");

        ApiClient.Response unit = api.post("/api/admin/users", "admin", """
                {"username":"test-uu-unit","displayName":"单位错","unit":"nowhere","roles":["UNIT_STAFF"],"password":"Chushi-2026"}""");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().path("field").asText()).isEqualTo("unit");
        assertThat(unit.json().path("code").asText()).isEqualTo("UNIT_UNKNOWN");

        ApiClient.Response self = api.post("/api/admin/users/admin/disable", "admin", null);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("code").asText()).isEqualTo("OWN_ACCOUNT");
        assertThat(api.get("/api/me", "admin").status()).isEqualTo(200);
    }

    @Test
    void a_person_changes_their_own_language() {
        TestDistrict.user(api, "test-uu-lang", "外语人员", "kjj", Roles.UNIT_STAFF);
        TestDistrict.canLogInWithDemo(jdbc, "test-uu-lang");
        assertThat(api.get("/api/me", "test-uu-lang").json().path("language").asText()).isEqualTo("zh-CN");

        assertThat(api.put("/api/me/language", "test-uu-lang", "{\"language\":\"en\"}").status()).isEqualTo(204);
        assertThat(api.get("/api/me", "test-uu-lang").json().path("language").asText()).isEqualTo("en");

        ApiClient.Response french = api.put("/api/me/language", "test-uu-lang", "{\"language\":\"fr\"}");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().path("field").asText()).isEqualTo("language");
    }

    private List<String> openTaskIds(String username) {
        return api.get("/api/tasks?size=200&kind=GIVE_OPINION", username).json().path("items").findValuesAsText("id");
    }

    private JsonNode entry(String username, String taskId) {
        for (JsonNode entry : api.get("/api/tasks?size=200&kind=GIVE_OPINION", username).json().path("items")) {
            if (taskId.equals(entry.path("id").asText())) {
                return entry;
            }
        }
        throw new AssertionError(username + " does not see task " + taskId);
    }
}
