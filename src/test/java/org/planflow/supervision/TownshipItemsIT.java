package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A task for every township (decision 057): an item led by 各乡镇 becomes one item per township under the group's item,
 * each township reports on its own, one late and red; the group's item rolls them up; the dashboard, the ledger and
 * the quarterly 通报 tell the townships one by one.
 */
@LadderTest
class TownshipItemsIT {

    /** PLAN_OFFICE in 区市场监管局, the unit seating the plans' office: their office work (REVIEW_REPORT, VERIFY_CLOSURE, 督办单). */
    private static final String OFFICE = "staff-scjgj";

    private static final String SECTIONS = """
            "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"各成员单位要履职尽责。"}]""";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemLightService lights;
    @Autowired
    QuarterlyReviewService reviews;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void a_task_for_every_township_becomes_an_item_per_township_rolled_up_under_the_group() throws IOException {
        long planId = TestPlans.issued(api, """
                {"title":"质量强镇方案 %d","office":{"code":"scjgj"},"sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"各乡镇要落实属地责任。"}],
                 "items":[{"indicator":"落实质量强镇属地责任","leadGroup":"TOWNSHIPS","coopUnits":[{"code":"scjgj"}],
                           "dueDate":"2026-09-30"}]}""".formatted(System.nanoTime()), "[\"ALL_TOWNSHIPS\"]");
        assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("items").get(0).path("leadGroup").asText())
                .isEqualTo("TOWNSHIPS");
        List<String> townships = jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type = 'TOWNSHIP' ORDER BY sort_order, code")
                .query(String.class).list();
        assertThat(townships).as("the demo's six townships").containsAll(List.of("town-1", "town-2", "town-3", "town-4",
                "town-5", "town-6"));

        // One item of the group, without a process, and under it one item per township, each with its own.
        JsonNode items = api.get("/api/plans/" + planId + "/supervision?size=100", "supervisor").items();
        assertThat(items).hasSize(townships.size() + 1);
        JsonNode group = items.get(0);
        long groupId = group.path("id").asLong();
        assertThat(group.path("leadGroup").asText()).isEqualTo("TOWNSHIPS");
        assertThat(group.path("leadUnit").path("name").asText()).isEqualTo("各乡镇");
        assertThat(group.path("processInstanceId").isNull()).isTrue();
        assertThat(group.path("children")).hasSize(townships.size());
        Map<String, Long> itemOf = new HashMap<>();
        for (JsonNode child : items) {
            if (child.path("id").asLong() != groupId) {
                assertThat(child.path("parentId").asLong()).isEqualTo(groupId);
                assertThat(child.path("processInstanceId").isNull()).isFalse();
                assertThat(child.path("coopUnits").findValuesAsText("code")).containsExactly("scjgj");
                itemOf.put(child.path("leadUnit").path("code").asText(), child.path("id").asLong());
            }
        }
        assertThat(itemOf.keySet()).containsExactlyInAnyOrderElementsOf(townships);
        List<Long> children = new ArrayList<>();
        group.path("children").forEach(id -> children.add(id.asLong()));
        assertThat(children).containsExactlyElementsOf(townships.stream().map(itemOf::get).toList());

        // Each township clerk has an item of its own; the group's item is theirs to read as a ledger row only.
        JsonNode own = api.get("/api/supervision/items?role=LEAD&plan=" + planId, "staff-town-1").items();
        assertThat(own.findValuesAsText("id")).containsExactly(String.valueOf(itemOf.get("town-1")));
        ApiClient.Response groupForTownship = api.get("/api/supervision/items/" + groupId, "staff-town-1");
        assertThat(groupForTownship.status()).isEqualTo(200);
        assertThat(groupForTownship.json().path("standing").asText()).isEqualTo("LEDGER");
        assertThat(item("staff-town-1", itemOf.get("town-1")).path("standing").asText()).isEqualTo("FULL");
        assertThat(item("staff-town-1", itemOf.get("town-1")).path("item").path("parentId").asLong()).isEqualTo(groupId);

        for (String township : townships) {
            accept(staffOf(township), planId);
        }
        assertThat(item("supervisor", groupId).path("item").path("status").asText()).isEqualTo("IN_PROGRESS");

        // The group's item takes no work: a 督办单 goes to a township's item.
        ApiClient.Response noticeToGroup = api.post("/api/supervision/items/" + groupId + "/notices", OFFICE,
                "{\"text\":\"请加快进度\",\"answerWorkingDays\":3}");
        assertThat(noticeToGroup.status()).isEqualTo(409);
        assertThat(noticeToGroup.json().path("code").asText()).isEqualTo(SupervisionProblem.GROUP_ITEM.name());
        ApiClient.Response noticeToTownship = api.post("/api/supervision/items/" + itemOf.get("town-3") + "/notices",
                OFFICE, "{\"text\":\"请加快进度\",\"answerWorkingDays\":3}");
        assertThat(noticeToTownship.status()).as(noticeToTownship.body()).isEqualTo(201);

        // The quarter ends: five townships report in time, two of them done, and the office reviews and closes;
        // 夹沟镇 (town-6) lets its report run late and goes red.
        clock.moveTo("2026-04-01T09:00:00+08:00");
        for (String township : List.of("town-1", "town-2")) {
            TestPlans.complete(api, staffOf(township), awaitTask(staffOf(township), "REPORT_PROGRESS", planId), report("DONE", 100));
        }
        for (String township : List.of("town-3", "town-4", "town-5")) {
            TestPlans.complete(api, staffOf(township), awaitTask(staffOf(township), "REPORT_PROGRESS", planId), report("ON_TRACK", 50));
        }
        assertThat(api.get("/api/tasks?size=200&kind=REVIEW_REPORT", "supervisor").json().path("items").findValuesAsText("planId"))
                .as("the plan's office reviews, not the district's supervision office").doesNotContain(String.valueOf(planId));
        for (int i = 0; i < 3; i++) {
            TestPlans.complete(api, OFFICE, api.taskOf(OFFICE, "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");
        }
        for (int i = 0; i < 2; i++) {
            TestPlans.complete(api, OFFICE, api.taskOf(OFFICE, "VERIFY_CLOSURE", planId), "{\"outcome\":\"close\"}");
        }
        assertThat(item("supervisor", itemOf.get("town-1")).path("item").path("status").asText()).isEqualTo("CLOSED");
        String late = awaitTask("staff-town-6", "REPORT_PROGRESS", planId);
        clock.moveTo("2026-04-10T09:00:00+08:00");
        LadderSteps.await(jdbc, late, "REMINDER", "OVERDUE");
        lights.refreshLights();
        assertThat(item("supervisor", itemOf.get("town-6")).path("item").path("light").asText()).isEqualTo("RED");

        // The roll-up: two of six closed, the worst light red, still in progress.
        JsonNode rolledUp = item("supervisor", groupId).path("item");
        assertThat(rolledUp.path("childrenClosed").asInt()).isEqualTo(2);
        assertThat(rolledUp.path("children")).hasSize(townships.size());
        assertThat(rolledUp.path("light").asText()).isEqualTo("RED");
        assertThat(rolledUp.path("status").asText()).isEqualTo("IN_PROGRESS");

        // The dashboard counts the townships' items, not the group's beside them, and ranks each township.
        JsonNode dashboard = api.get("/api/supervision/dashboard?plan=" + planId, "supervisor").json();
        long counted = 0;
        for (JsonNode count : dashboard.path("lights")) {
            counted += count.asLong();
        }
        assertThat(counted).isEqualTo(townships.size());
        assertThat(dashboard.path("lights").path("RED").asLong()).isEqualTo(1);
        assertThat(dashboard.path("byStatus").path("CLOSED").asLong()).isEqualTo(2);
        Map<String, JsonNode> unitFigures = new HashMap<>();
        dashboard.path("units").forEach(unit -> unitFigures.put(unit.path("unit").path("code").asText(), unit));
        assertThat(unitFigures.keySet()).containsExactlyInAnyOrderElementsOf(townships);
        assertThat(unitFigures.get("town-6").path("overdue").asLong()).isEqualTo(1);
        assertThat(unitFigures.get("town-6").path("onTime").asLong()).isZero();
        assertThat(unitFigures.get("town-1").path("onTime").asLong()).isEqualTo(1);

        // The ledger has a row per township.
        assertThat(api.get("/api/supervision/ledger.xlsx?plan=" + planId, "supervisor").status()).isEqualTo(200);
        assertThat(ledgerLeads(api.getBytes("/api/supervision/ledger.xlsx?plan=" + planId, "supervisor")))
                .containsExactlyInAnyOrderElementsOf(townships.stream()
                        .map(code -> item("supervisor", itemOf.get(code)).path("item").path("leadUnit").path("name").asText()).toList());

        // 夹沟镇 reports late; the office reviews it.
        TestPlans.complete(api, "staff-town-6", late, report("ON_TRACK", 40));
        TestPlans.complete(api, OFFICE, api.taskOf(OFFICE, "REVIEW_REPORT", planId), "{\"outcome\":\"accept\"}");
        assertThat(item("supervisor", itemOf.get("town-6")).path("reports").get(0).path("late").asBoolean()).isTrue();

        // The office starts the quarter's 通报 (unless the quarter's end began it); compiled now, it tells each township's
        // item and reporting.
        ApiClient.Response started = api.post("/api/plans/" + planId + "/quarterly-reviews", OFFICE, "{\"period\":\"2026-Q1\"}");
        assertThat(started.status()).as(started.body()).isIn(201, 409);
        LadderSteps.awaitUntil(() -> reviewOf(planId, "2026-Q1") != null
                && "DRAFTING".equals(reviewOf(planId, "2026-Q1").path("status").asText()));
        long reviewId = reviewOf(planId, "2026-Q1").path("id").asLong();
        reviews.compile(reviewId);
        ApiClient.Response review = api.get("/api/quarterly-reviews/" + reviewId, OFFICE);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.json().path("review").path("reportText").asText()).contains("本季度纳入督办事项" + townships.size() + "项，其中已办结2项",
                "落实质量强镇属地责任（牵头单位：城关镇）", "落实质量强镇属地责任（牵头单位：夹沟镇）", "夹沟镇：应报送1份，按时报送0份，逾期报送1份")
                .doesNotContain("牵头单位：各乡镇");
    }

    @Test
    void the_group_item_closes_with_the_last_unit_item_and_the_plan_with_it() {
        long planId = TestPlans.issued(api, """
                {"title":"街道质量方案 %d","office":{"code":"scjgj"},"sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"各街道要提升质量。"}],
                 "items":[{"indicator":"开展街道质量提升","leadGroup":"STREETS","dueDate":"2026-09-30"}]}"""
                .formatted(System.nanoTime()), "[\"ALL_STREETS\"]");
        JsonNode group = api.get("/api/plans/" + planId + "/supervision", "supervisor").items().get(0);
        long groupId = group.path("id").asLong();
        List<String> streets = jdbc.sql("SELECT lead_unit FROM supervised_item WHERE parent_id = ?").param(groupId)
                .query(String.class).list();
        assertThat(streets).contains("street-1", "street-2", "street-3").hasSize(group.path("children").size());
        for (String street : streets) {
            accept(staffOf(street), planId);
        }
        clock.moveTo("2026-04-01T09:00:00+08:00");
        for (String street : streets) {
            TestPlans.complete(api, staffOf(street), awaitTask(staffOf(street), "REPORT_PROGRESS", planId), report("DONE", 100));
        }
        for (int i = 0; i < streets.size(); i++) {
            assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("status").asText()).isEqualTo("ISSUED");
            assertThat(item("supervisor", groupId).path("item").path("childrenClosed").asInt()).isEqualTo(i);
            TestPlans.complete(api, OFFICE, api.taskOf(OFFICE, "VERIFY_CLOSURE", planId), "{\"outcome\":\"close\"}");
        }
        JsonNode closed = item("supervisor", groupId).path("item");
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("childrenClosed").asInt()).isEqualTo(streets.size());
        assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void member_units_are_the_leading_groups_else_the_recipients_and_departments_the_departments_the_plan_went_to() {
        String items = """
                "items":[{"indicator":"制定本单位实施方案","leadGroup":"MEMBER_UNITS"},
                         {"indicator":"报送部门工作总结","leadGroup":"DEPARTMENTS"}]""";
        long withGroup = TestPlans.issued(api, """
                {"title":"成员单位方案 %d","leadingGroup":{"name":"区质量强区工作领导小组","units":["kjj","fgw"]},%s,%s}"""
                .formatted(System.nanoTime(), SECTIONS, items), "[\"czj\",\"town-1\",\"fgw\"]");
        JsonNode ofGroup = api.get("/api/plans/" + withGroup + "/supervision", "supervisor").items();
        assertThat(leadsUnder(ofGroup, 1)).as("the leading group's member units").containsExactly("fgw", "kjj");
        assertThat(leadsUnder(ofGroup, 2)).as("the departments it went to").containsExactly("fgw", "czj");

        long withoutGroup = TestPlans.issued(api, """
                {"title":"成员单位方案 %d",%s,%s}""".formatted(System.nanoTime(), SECTIONS, items), "[\"czj\",\"town-1\",\"fgw\"]");
        assertThat(leadsUnder(api.get("/api/plans/" + withoutGroup + "/supervision", "supervisor").items(), 1))
                .as("the units it went to").containsExactly("fgw", "czj", "town-1");
    }

    @Test
    void a_lead_unit_and_a_leading_group_together_are_refused() {
        ApiClient.Response both = api.post("/api/plans", "drafter", """
                {"title":"两者皆有","items":[{"indicator":"落实属地责任","leadUnit":{"code":"scjgj"},"leadGroup":"TOWNSHIPS"}]}""");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().path("code").asText()).isEqualTo(PlanProblem.LEAD_UNIT_AND_GROUP.name());
        assertThat(both.json().path("field").asText()).isEqualTo(PlanFields.ITEMS + "[0]." + PlanFields.LEAD_GROUP);
    }

    /** The lead units of the items under the group's item of breakdown row {@code seq}, in the plan's order. */
    private static List<String> leadsUnder(JsonNode items, int seq) {
        long groupId = 0;
        List<String> leads = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.path("seq").asInt() == seq && !item.path("leadGroup").isNull()) {
                groupId = item.path("id").asLong();
            }
        }
        for (JsonNode item : items) {
            if (item.path("parentId").asLong() == groupId && groupId != 0) {
                leads.add(item.path("leadUnit").path("code").asText());
            }
        }
        return leads;
    }

    private JsonNode reviewOf(long planId, String period) {
        for (JsonNode review : api.get("/api/plans/" + planId + "/quarterly-reviews", OFFICE).items()) {
            if (review.path("period").asText().equals(period)) {
                return review;
            }
        }
        return null;
    }

    private static List<String> ledgerLeads(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> leads = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                leads.add(row.getCell(LedgerWorkbook.HEADERS.indexOf("牵头单位")).getStringCellValue());
            }
            return leads;
        }
    }

    private static String staffOf(String unit) {
        return "staff-" + unit;
    }

    private void accept(String username, long planId) {
        TestPlans.complete(api, username, api.taskOf(username, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                + "\"measures\":\"按计划推进\",\"milestones\":[{\"text\":\"完成方案\",\"due\":\"2026-06-30\"}],"
                + "\"responsible\":\"王镇长\"}");
    }

    private static String report(String status, int percent) {
        return "{\"outcome\":\"report\",\"progress\":\"按计划推进\",\"percent\":" + percent + ",\"status\":\"" + status + "\","
                + "\"nextSteps\":\"继续推进\"}";
    }

    private JsonNode item(String username, long id) {
        ApiClient.Response response = api.get("/api/supervision/items/" + id, username);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The timer runs within seconds of the clock moving, then the task is in the unit's inbox. */
    private String awaitTask(String username, String kind, long planId) {
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")
                .findValuesAsText("planId").contains(String.valueOf(planId)));
        return api.taskOf(username, kind, planId);
    }
}
