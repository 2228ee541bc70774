package org.planflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.security.RunAs;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ADMIN keeps the district's units through the API: create, rename, move, head, aliases, disable. */
@PlanFlowTest
class UnitAdministrationIT {

    private static final String PREFIX = "test-ua-";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganizationService organization;

    ApiClient api;
    final List<String> standaloneTasks = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeTestUnits() {
        standaloneTasks.forEach(id -> tasks.deleteTask(id, true));
        jdbc.sql("UPDATE org_unit SET head_username = 'staff-tjj' WHERE code = 'tjj'").update();
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void only_administrators_manage_units() {
        ApiClient.Response create = api.post("/api/admin/units", "staff-town-1",
                "{\"code\":\"test-ua-x\",\"name\":\"测试局\",\"type\":\"DEPARTMENT\"}");
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(create.json().path("detail").asText()).isNotBlank();
        ApiClient.Response list = api.get("/api/admin/units", "supervisor");
        assertThat(list.status()).isEqualTo(403);
        assertThat(api.get("/api/units?size=500", "staff-town-1").items().findValuesAsText("code")).doesNotContain("test-ua-x");
    }

    @Test
    void admin_creates_renames_and_moves_a_unit_and_names_its_head() {
        ApiClient.Response created = api.post("/api/admin/units", "admin", """
                {"code":"test-ua-a","name":"测试甲局","type":"DEPARTMENT","parent":"leadership",
                 "aliases":[{"alias":"测试甲","kind":"SHORT"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("aliases").findValuesAsText("alias")).containsExactly("测试甲");
        TestDistrict.user(api, "test-ua-head", "测试负责人", "test-ua-a", Roles.DEPT_REVIEWER);

        ApiClient.Response changed = api.put("/api/admin/units/test-ua-a", "admin",
                "{\"name\":\"测试甲管理局\",\"type\":\"OFFICE\",\"parent\":\"gov-office\",\"head\":\"test-ua-head\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode unit = changed.json();
        assertThat(unit.path("name").asText()).isEqualTo("测试甲管理局");
        assertThat(unit.path("type").asText()).isEqualTo("OFFICE");
        assertThat(unit.path("parent").asText()).isEqualTo("gov-office");
        assertThat(unit.path("head").asText()).isEqualTo("test-ua-head");
        assertThat(unit.path("headName").asText()).isEqualTo("测试负责人");
        assertThat(unit.path("members").asInt()).isEqualTo(1);
        assertThat(unit.path("aliases").toString()).as("the old name stays findable as a former name")
                .contains("{\"alias\":\"测试甲局\",\"kind\":\"FORMER\"}");
        assertThat(api.get("/api/units?size=500", "staff-town-1").items().findValuesAsText("name")).contains("测试甲管理局");
        JsonNode trail = api.get("/api/admin/audit?subject=unit:test-ua-a", "admin").json();
        assertThat(trail.findValuesAsText("action")).contains("UNIT_CREATED", "UNIT_CHANGED", "UNIT_HEAD_SET", "ALIAS_ADDED");
        assertThat(trail.findValuesAsText("actor")).containsOnly("admin");
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        ApiClient.Response badCode = api.post("/api/admin/units", "admin", "{\"code\":\"Bad Code!\",\"name\":\"测试局\",\"type\":\"DEPARTMENT\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().path("field").asText()).isEqualTo("code");
        assertThat(badCode.json().path("code").asText()).isEqualTo("CODE_INVALID");

        ApiClient.Response badType = api.post("/api/admin/units", "admin", "{\"code\":\"test-ua-t\",\"name\":\"测试局\",\"type\":\"CITY\"}");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().path("field").asText()).as(badType.body()).isEqualTo("type");

        ApiClient.Response noName = api.post("/api/admin/units", "admin", "{\"code\":\"test-ua-t\",\"type\":\"DEPARTMENT\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("field").asText()).isEqualTo("name");
        assertThat(noName.json().path("code").asText()).isEqualTo("REQUIRED");

        ApiClient.Response notMember = api.put("/api/admin/units/tjj", "admin",
                "{\"name\":\"区统计局\",\"type\":\"DEPARTMENT\",\"parent\":\"leadership\",\"head\":\"staff-czj\"}");
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.json().path("field").asText()).isEqualTo("head");
        assertThat(notMember.json().path("code").asText()).isEqualTo("HEAD_NOT_MEMBER");

        ApiClient.Response cycle = api.put("/api/admin/units/leadership", "admin",
                "{\"name\":\"区政府\",\"type\":\"LEADERSHIP\",\"parent\":\"supervision\",\"head\":\"leader2\"}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().path("code").asText()).isEqualTo("PARENT_CYCLE");
        assertThat(api.get("/api/admin/units/leadership", "admin").json().path("parent").isNull()).isTrue();
    }

    @Test
    void a_unit_with_open_work_cannot_be_disabled_until_the_work_is_reassigned() {
        TestDistrict.unit(api, "test-ua-busy", "测试停用局", "DEPARTMENT");
        TestDistrict.user(api, "test-ua-busy-staff", "测试人员", "test-ua-busy", Roles.UNIT_STAFF);
        standaloneTask("签收测试方案", task -> tasks.addCandidateGroup(task, "test-ua-busy"));
        standaloneTask("审核测试方案", task -> tasks.setAssignee(task, "test-ua-busy-staff"));

        ApiClient.Response refused = api.post("/api/admin/units/test-ua-busy/disable", "admin", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.path("code").asText()).isEqualTo("UNIT_BUSY");
        assertThat(problem.path("count").asInt()).isEqualTo(2);
        assertThat(problem.path("tasks").findValuesAsText("name")).containsExactlyInAnyOrder("签收测试方案", "审核测试方案");
        assertThat(problem.path("tasks").findValuesAsText("assignee")).contains("test-ua-busy-staff");
        assertThat(problem.path("detail").asText()).contains("2 open task(s)", "签收测试方案", "审核测试方案");
        assertThat(api.get("/api/units?size=500", "admin").items().findValuesAsText("code")).contains("test-ua-busy");

        standaloneTasks.forEach(id -> tasks.deleteTask(id, true));
        standaloneTasks.clear();
        ApiClient.Response disabled = api.post("/api/admin/units/test-ua-busy/disable", "admin", null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/units?size=500", "admin").items().findValuesAsText("code")).doesNotContain("test-ua-busy");
        ApiClient.Response intoDisabled = api.post("/api/admin/users", "admin", """
                {"username":"test-ua-late","displayName":"迟到","unit":"test-ua-busy","roles":["UNIT_STAFF"],"password":"Chushi-2026"}""");
        assertThat(intoDisabled.status()).isEqualTo(400);
        assertThat(intoDisabled.json().path("code").asText()).isEqualTo("UNIT_DISABLED");

        assertThat(api.post("/api/admin/units/test-ua-busy/enable", "admin", null).json().path("enabled").asBoolean()).isTrue();
    }

    @Test
    void an_alias_names_one_unit_only() {
        TestDistrict.unit(api, "test-ua-b", "测试乙局", "DEPARTMENT");

        ApiClient.Response taken = api.post("/api/admin/units/test-ua-b/aliases", "admin", "{\"alias\":\"区发改委\",\"kind\":\"SHORT\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("code").asText()).isEqualTo("NAME_TAKEN");
        assertThat(taken.json().path("detail").asText()).contains("区发改委", "区发展改革委");

        ApiClient.Response aName = api.post("/api/admin/units/test-ua-b/aliases", "admin", "{\"alias\":\"区财政局\"}");
        assertThat(aName.status()).isEqualTo(409);

        ApiClient.Response added = api.post("/api/admin/units/test-ua-b/aliases", "admin", "{\"alias\":\"测试 乙\",\"kind\":\"SHORT\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("aliases").findValuesAsText("alias")).containsExactly("测试乙");
        ApiClient.Response renamedOnto = api.post("/api/admin/units", "admin", "{\"code\":\"test-ua-c\",\"name\":\"测试乙\",\"type\":\"DEPARTMENT\"}");
        assertThat(renamedOnto.status()).as("a new unit may not take another's alias as its name").isEqualTo(409);
        assertThat(api.delete("/api/admin/units/test-ua-b/aliases/" + URLEncoder.encode("测试乙", StandardCharsets.UTF_8), "admin")
                .status()).isEqualTo(200);
    }

    @Test
    void units_are_found_by_their_name_or_any_alias() {
        RunAs.user("drafter", List.of(Roles.DRAFTER), () -> {
            assertThat(organization.findByNameOrAlias("工商分局")).map(OrgUnit::code).hasValue("scjgj");
            assertThat(organization.findByNameOrAlias("区 发改委")).map(OrgUnit::code).hasValue("fgw");
            assertThat(organization.findByNameOrAlias("区发展改革委")).map(OrgUnit::code).hasValue("fgw");
            assertThat(organization.findByNameOrAlias("环保分局")).map(OrgUnit::code).hasValue("sthj");
            assertThat(organization.findByNameOrAlias("区宇宙局")).isEmpty();
        });
        JsonNode withAliases = api.get("/api/units/aliases?size=500", "drafter").items();
        assertThat(withAliases.toString()).contains("\"alias\":\"区建住局\"");
    }

    @Test
    void a_unit_merged_by_reform_hands_its_name_and_aliases_to_the_unit_it_joined() {
        TestDistrict.unit(api, "test-ua-new", "测试市场局", "DEPARTMENT");
        TestDistrict.unit(api, "test-ua-old", "测试工商所", "DEPARTMENT");
        api.post("/api/admin/units/test-ua-old/aliases", "admin", "{\"alias\":\"测试工商\",\"kind\":\"SHORT\"}");

        ApiClient.Response merged = api.post("/api/admin/units/test-ua-old/disable", "admin", "{\"mergeInto\":\"test-ua-new\"}");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode joined = api.get("/api/admin/units/test-ua-new", "admin").json();
        assertThat(joined.path("aliases").toString()).contains("{\"alias\":\"测试工商所\",\"kind\":\"MERGED\"}",
                "{\"alias\":\"测试工商\",\"kind\":\"MERGED\"}");
        RunAs.user("drafter", List.of(Roles.DRAFTER), () ->
                assertThat(organization.findByNameOrAlias("测试工商所")).map(OrgUnit::code).hasValue("test-ua-new"));
    }

    @Test
    void supervision_notices_go_to_the_head_the_administrator_names() {
        TestDistrict.user(api, "test-ua-tjj", "统计局新局长", "tjj", Roles.DEPT_REVIEWER);
        TestDistrict.canLogInWithDemo(jdbc, "test-ua-tjj");
        assertThat(api.put("/api/admin/units/tjj", "admin",
                "{\"name\":\"区统计局\",\"type\":\"DEPARTMENT\",\"parent\":\"leadership\",\"head\":\"test-ua-tjj\"}").status()).isEqualTo(200);
        JsonNode item = api.post("/api/supervision/items", "supervisor", """
                {"title":"核查统计台账（负责人测试）","source":"领导批示","leadUnit":"tjj","dueDate":"2030-12-31"}""").json();
        TestPlans.complete(api, "staff-tjj", taskTitled("staff-tjj", "ACCEPT_ASSIGNMENT", "核查统计台账（负责人测试）"),
                "{\"outcome\":\"accept\",\"measures\":\"逐月核查\",\"milestones\":[{\"text\":\"完成核查\",\"due\":\"2030-06-30\"}],\"responsible\":\"王五\"}");

        ApiClient.Response notice = api.post("/api/supervision/items/" + item.path("id").asLong() + "/notices", "supervisor",
                "{\"text\":\"请说明统计台账核查进度\",\"answerWorkingDays\":3}");

        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        assertThat(api.get("/api/tasks?kind=ANSWER_SUPERVISION_NOTICE&size=200", "test-ua-tjj").json().findValuesAsText("planTitle"))
                .contains("核查统计台账（负责人测试）");
        assertThat(api.get("/api/tasks?kind=ANSWER_SUPERVISION_NOTICE&size=200", "staff-tjj").json().findValuesAsText("planTitle"))
                .as("the unit's other staff no longer answer for it").doesNotContain("核查统计台账（负责人测试）");
    }

    private String taskTitled(String username, String kind, String title) {
        for (JsonNode entry : api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (title.equals(entry.path("planTitle").asText())) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + kind + " task of " + title);
    }

    private void standaloneTask(String name, java.util.function.Consumer<String> offer) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        offer.accept(task.getId());
        standaloneTasks.add(task.getId());
    }
}
