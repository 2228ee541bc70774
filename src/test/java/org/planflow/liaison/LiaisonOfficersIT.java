package org.planflow.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planflow.ApiClient;
import org.planflow.Colleagues;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.circulation.BulletinRequest;
import org.planflow.circulation.BulletinService;
import org.planflow.inbox.TaskProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Liaison officers (联络员, decision 056): who may name them, the plan's member roster and its workbook, and the
 * acknowledgements and notices given to a unit's liaison first while the unit's other staff still see them.
 * 区文化旅游局 (whlyj) has two people here: its head {@code staff-whlyj} and {@link Colleagues#WHLYJ_STAFF}.
 */
@PlanFlowTest
@ExtendWith(Colleagues.class)
class LiaisonOfficersIT {

    private static final String LIAISON = Colleagues.WHLYJ_STAFF;

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    BulletinService bulletins;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void the_units_head_the_plans_office_and_the_administrator_name_liaisons_and_another_units_staff_may_not() {
        long planId = issuedTo("[\"town-1\",\"town-2\",\"whlyj\"]");

        ApiClient.Response byOtherUnit = api.put(liaisons(planId), "staff-town-2", one("town-1", "staff-town-1", "13800000001"));
        assertThat(byOtherUnit.status()).isEqualTo(403);
        assertThat(byOtherUnit.json().path("code").asText()).isEqualTo(LiaisonProblem.NOT_ALLOWED.name());
        assertThat(byOtherUnit.json().path("detail").asText()).contains("城关镇");
        assertThat(api.put(liaisons(planId), "staff-street-3", one("town-1", "staff-town-1", "13800000001")).status())
                .as("a plan the caller may not read is not theirs to know").isEqualTo(404);

        assertThat(api.put(liaisons(planId), "staff-town-1", one("town-1", "staff-town-1", "13800000001")).status())
                .as("the unit's head").isEqualTo(200);
        assertThat(api.put(liaisons(planId), "supervisor", one("town-2", "staff-town-2", "0571-87654321")).status())
                .as("the plan's office (the supervision office while the plan names none)").isEqualTo(200);
        ApiClient.Response byAdmin = api.put(liaisons(planId), "admin", one("whlyj", LIAISON, "+86 13800000003"));
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
        assertThat(byAdmin.json().get(0).path("username").asText()).isEqualTo(LIAISON);
        assertThat(byAdmin.json().get(0).path("scope").asText()).isEqualTo("PLAN");

        refused(api.put(liaisons(planId), "admin", one("town-1", "staff-town-1", "12345")), "liaisons[0].phone",
                LiaisonProblem.PHONE_MALFORMED);
        refused(api.put(liaisons(planId), "admin", one("town-1", "staff-town-2", "13800000001")), "liaisons[0].username",
                LiaisonProblem.USER_NOT_OF_UNIT);
        refused(api.put(liaisons(planId), "admin", one("town-1", "nobody-at-all", "13800000001")), "liaisons[0].username",
                LiaisonProblem.USER_UNKNOWN);
        refused(api.put(liaisons(planId), "admin", one("town-3", "staff-town-3", "13800000001")), "liaisons[0].unit",
                LiaisonProblem.UNIT_NOT_MEMBER);
        refused(api.put("/api/units/town-3/liaisons", "staff-town-3", "[{\"username\":\"staff-town-3\"}]"), "liaisons[0].phone",
                LiaisonProblem.REQUIRED);
        ApiClient.Response unitWideByOther = api.put("/api/units/town-3/liaisons", "supervisor",
                "[{\"username\":\"staff-town-3\",\"phone\":\"13800000001\"}]");
        assertThat(unitWideByOther.status()).as("a unit's own naming is its head's or the administrator's").isEqualTo(403);
        assertThat(unitWideByOther.json().path("code").asText()).isEqualTo(LiaisonProblem.NOT_ALLOWED.name());
    }

    @Test
    void the_roster_lists_every_member_unit_with_its_liaison_and_phone_and_exports_as_a_workbook() throws IOException {
        long planId = issuedTo("[\"town-1\",\"town-2\",\"whlyj\"]");
        assertThat(api.put(liaisons(planId), "supervisor", one("town-1", "staff-town-1", "13800000011")).status()).isEqualTo(200);

        ApiClient.Response roster = api.get(liaisons(planId), "staff-town-2");
        assertThat(roster.status()).as("every reader of the plan sees its roster").isEqualTo(200);
        assertThat(roster.json().path("items").findValues("unit").stream().map(unit -> unit.path("code").asText()))
                .as("the recipients and the units carrying its tasks, a line each while they name one liaison or none")
                .containsExactlyInAnyOrder("town-1", "town-2", "whlyj", "scjgj", "fgw", "jxj");
        assertThat(roster.json().path("total").asInt()).isEqualTo(6);
        JsonNode townOne = line(roster.json(), "town-1");
        assertThat(townOne.path("unit").path("name").asText()).isEqualTo("城关镇");
        assertThat(townOne.path("name").asText()).isNotBlank();
        assertThat(townOne.path("phone").asText()).isEqualTo("13800000011");
        assertThat(line(roster.json(), "town-2").path("username").isNull()).as("town-2 named nobody").isTrue();
        assertThat(api.get(liaisons(planId), "staff-street-3").status()).as("not a reader: not theirs to know").isEqualTo(404);

        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                api.getBytes("/api/plans/" + planId + "/liaisons.xlsx", "staff-town-2")))) {
            Sheet sheet = workbook.getSheet("成员单位通讯录");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(1)).containsExactly("序号", "成员单位", "联络员", "联系电话", "备注");
        assertThat(rows).as("title, header and the six units").hasSize(8);
        assertThat(rows.stream().filter(row -> row.contains("城关镇")).findFirst().orElseThrow()).contains("13800000011");
        assertThat(rows.stream().filter(row -> row.contains("东关镇")).findFirst().orElseThrow()).contains("未指定");
    }

    @Test
    void a_plans_own_liaison_overrides_the_units_own_for_that_plan_only() {
        assertThat(api.put("/api/units/whlyj/liaisons", "staff-whlyj", "[{\"username\":\"staff-whlyj\",\"phone\":\"13800000021\"}]")
                .status()).isEqualTo(200);
        long named = issuedTo("[\"whlyj\"]");
        long unnamed = issuedTo("[\"whlyj\"]");
        assertThat(api.put(liaisons(named), "staff-whlyj", one("whlyj", LIAISON, "13800000022")).status()).isEqualTo(200);

        JsonNode ownNaming = line(api.get(liaisons(named), "staff-whlyj").json(), "whlyj");
        assertThat(ownNaming.path("username").asText()).isEqualTo(LIAISON);
        assertThat(ownNaming.path("scope").asText()).isEqualTo("PLAN");
        JsonNode unitNaming = line(api.get(liaisons(unnamed), "staff-whlyj").json(), "whlyj");
        assertThat(unitNaming.path("username").asText()).isEqualTo("staff-whlyj");
        assertThat(unitNaming.path("scope").asText()).isEqualTo("UNIT");

        ApiClient.Response cleared = api.delete(liaisons(named) + "/whlyj", "staff-whlyj");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(line(api.get(liaisons(named), "staff-whlyj").json(), "whlyj").path("username").asText()).isEqualTo("staff-whlyj");
        assertThat(api.put("/api/units/whlyj/liaisons", "staff-whlyj", "[]").status()).isEqualTo(200);
    }

    @Test
    void an_acknowledgement_goes_to_the_liaison_first_and_the_units_other_staff_still_see_it_and_may_take_it_over() {
        assertThat(api.put("/api/units/whlyj/liaisons", "staff-whlyj", "[{\"username\":\"" + LIAISON + "\",\"phone\":\"13800000031\"}]")
                .status()).isEqualTo(200);
        try {
            long planId = issuedTo("[\"whlyj\",\"town-4\"]");
            String taskId = api.taskOf(LIAISON, "ACKNOWLEDGE", planId);
            assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(LIAISON);
            assertThat(api.taskOf("staff-whlyj", "ACKNOWLEDGE", planId)).as("the unit's head still sees it").isEqualTo(taskId);
            assertThat(tasks.createTaskQuery().taskId(api.taskOf("staff-town-4", "ACKNOWLEDGE", planId)).singleResult().getAssignee())
                    .as("a unit without a liaison gets it as before").isNull();

            ApiClient.Response takenOver = api.post("/api/tasks/" + taskId + "/claim", "staff-whlyj", null);
            assertThat(takenOver.status()).as(takenOver.body()).isEqualTo(200);
            assertThat(takenOver.json().path("assignee").asText()).isEqualTo("staff-whlyj");
            ApiClient.Response liaisonLate = api.post("/api/tasks/" + taskId + "/claim", LIAISON, null);
            assertThat(liaisonLate.status()).as("taken over, it is an ordinary claim").isEqualTo(409);
            assertThat(liaisonLate.json().path("code").asText()).isEqualTo(TaskProblem.HELD.name());
            TestPlans.complete(api, "staff-whlyj", taskId, "{\"outcome\":\"acknowledge\"}");
        } finally {
            api.put("/api/units/whlyj/liaisons", "staff-whlyj", "[]");
        }
    }

    @Test
    void a_bulletins_reading_goes_to_the_plans_liaison_and_a_colleague_may_mark_it_read() {
        long planId = issuedTo("[\"whlyj\"]");
        assertThat(api.put(liaisons(planId), "supervisor", one("whlyj", LIAISON, "13800000041")).status()).isEqualTo(200);

        bulletins.publish(new BulletinRequest(planId, "TEST", "督查通报", "区政府督查室", "区政府督查室", "联络员通报测试",
                "各成员单位：", "通报正文。", List.of("whlyj"), null), "supervisor");

        String taskId = api.taskOf(LIAISON, "READ_NOTICE", planId);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(LIAISON);
        assertThat(api.taskOf("staff-whlyj", "READ_NOTICE", planId)).isEqualTo(taskId);
        TestPlans.complete(api, "staff-whlyj", taskId, "{\"outcome\":\"read\"}");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNull();
    }

    private long issuedTo(String recipients) {
        long planId = TestPlans.draft(api, "联络员测试方案 " + System.nanoTime());
        TestPlans.issue(api, planId, recipients);
        return planId;
    }

    private static String liaisons(long planId) {
        return "/api/plans/" + planId + "/liaisons";
    }

    private static String one(String unit, String username, String phone) {
        return "[{\"unit\":{\"code\":\"" + unit + "\"},\"username\":\"" + username + "\",\"phone\":\"" + phone + "\"}]";
    }

    private static JsonNode line(JsonNode page, String unit) {
        for (JsonNode line : page.path("items")) {
            if (unit.equals(line.path("unit").path("code").asText())) {
                return line;
            }
        }
        throw new AssertionError("No line of " + unit + " in " + page);
    }

    private static void refused(ApiClient.Response response, String field, LiaisonProblem problem) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("code").asText()).isEqualTo(problem.name());
    }
}
