package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Items with numeric targets (指标) and their own cadence, as the clock moves: reports come each month, state a value
 * for each target (refused when one is missing, unknown or not a number), a value behind its line turns the item
 * yellow, the office moves an item to monthly reports due five days after the month, and the dashboard and ledger
 * show targets met and not met.
 */
@LadderTest
class ItemTargetsIT {

    private static final String RATE = "抽检合格率";
    private static final String RATE_TARGET = """
            {"name":"抽检合格率","unit":"%","direction":"GE","value":95,"baseline":90}""";
    private static final int TARGETS_COLUMN = 15;

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
    }

    @Test
    void monthly_item_reports_monthly() {
        String title = "月报指标事项 " + System.nanoTime();
        long id = accepted(title, "scjgj", "MONTHLY", RATE_TARGET);

        clock.moveTo("2027-02-01T09:00:00+08:00");
        report(title, "scjgj", "{\"抽检合格率\":92}");
        clock.moveTo("2027-03-01T09:00:00+08:00");
        report(title, "scjgj", "{\"抽检合格率\":93.5}");

        JsonNode reports = item(id).path("reports");
        assertThat(reports.findValuesAsText("period")).containsExactly("2027-01", "2027-02");
        assertThat(reports.get(1).path("targetValues").path(RATE).decimalValue()).isEqualByComparingTo("93.5");
        assertThat(item(id).path("item").path("targets").get(0).path("value").asInt()).isEqualTo(95);
    }

    @Test
    void target_values_are_refused_when_missing_unknown_or_not_numbers() {
        String title = "指标值校验事项 " + System.nanoTime();
        accepted(title, "jxj", "MONTHLY", RATE_TARGET);
        clock.moveTo("2027-02-01T09:00:00+08:00");
        String task = awaitTask("staff-jxj", "REPORT_PROGRESS", title);

        ApiClient.Response missing = api.post("/api/tasks/" + task + "/complete", "staff-jxj", body(null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("code").asText()).isEqualTo(SupervisionProblem.TARGET_VALUE_MISSING.name());
        assertThat(missing.json().path("field").asText()).isEqualTo(SupervisionFields.targetValue(RATE));
        ApiClient.Response unknown = api.post("/api/tasks/" + task + "/complete", "staff-jxj",
                body("{\"抽检合格率\":92,\"覆盖率\":80}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asText()).isEqualTo(SupervisionProblem.TARGET_UNKNOWN.name());
        ApiClient.Response text = api.post("/api/tasks/" + task + "/complete", "staff-jxj", body("{\"抽检合格率\":\"九十\"}"));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().path("code").asText()).isEqualTo(SupervisionProblem.TARGET_VALUE_NOT_A_NUMBER.name());

        TestPlans.complete(api, "staff-jxj", task, body("{\"抽检合格率\":\"92\"}"));
    }

    @Test
    void target_behind_its_line_turns_yellow() {
        String title = "指标滞后事项 " + System.nanoTime();
        long id = accepted(title, "zjj", "MONTHLY", RATE_TARGET);
        clock.moveTo("2027-02-01T09:00:00+08:00");
        // A month into a year from 90 to 95 the line stands near 90.4.
        report(title, "zjj", "{\"抽检合格率\":90.1}");
        assertThat(item(id).path("item").path("light").asText()).isEqualTo("YELLOW");

        clock.moveTo("2027-03-01T09:00:00+08:00");
        report(title, "zjj", "{\"抽检合格率\":91.5}");
        assertThat(item(id).path("item").path("light").asText()).as("ahead of the line again").isEqualTo("GREEN");
    }

    @Test
    void the_office_moves_an_item_to_monthly_reports_due_five_days_after_the_month() {
        String title = "调整频次事项 " + System.nanoTime();
        long id = accepted(title, "fgw", "QUARTERLY", RATE_TARGET);

        ApiClient.Response notOffice = api.put("/api/supervision/items/" + id + "/cadence", "staff-fgw",
                "{\"cadence\":\"MONTHLY\",\"reportDueDays\":5}");
        assertThat(notOffice.status()).isEqualTo(403);
        ApiClient.Response tooLate = api.put("/api/supervision/items/" + id + "/cadence", "supervisor",
                "{\"cadence\":\"MONTHLY\",\"reportDueDays\":90}");
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().path("code").asText()).isEqualTo(SupervisionProblem.REPORT_DUE_DAYS_INVALID.name());
        JsonNode changed = api.put("/api/supervision/items/" + id + "/cadence", "supervisor",
                "{\"cadence\":\"MONTHLY\",\"reportDueDays\":5}").json();
        assertThat(changed.path("cadence").asText()).isEqualTo("MONTHLY");
        assertThat(changed.path("reportDueDays").asInt()).isEqualTo(5);

        // The quarterly timer waited for 1 April; now January's report opens on 1 February, due by 5 February.
        clock.moveTo("2027-02-01T09:00:00+08:00");
        awaitTask("staff-fgw", "REPORT_PROGRESS", title);
        JsonNode report = item(id).path("reports").get(0);
        assertThat(report.path("period").asText()).isEqualTo("2027-01");
        assertThat(report.path("due").asText()).isEqualTo("2027-02-05T16:00:00Z");
    }

    @Test
    void the_office_raises_a_target_and_the_item_is_judged_again_from_its_latest_report() {
        String title = "调整指标事项 " + System.nanoTime();
        long id = accepted(title, "czj", "MONTHLY", RATE_TARGET);
        clock.moveTo("2027-02-01T09:00:00+08:00");
        report(title, "czj", "{\"抽检合格率\":92}");
        assertThat(item(id).path("item").path("light").asText()).as("ahead of the line from 90 to 95").isEqualTo("GREEN");
        String raised = """
                {"targets":[{"name":"抽检合格率","unit":"%","direction":"GE","value":99,"baseline":93},
                            {"name":"覆盖率","unit":"%","direction":"GE","value":80}]}""";

        ApiClient.Response unit = api.put("/api/supervision/items/" + id + "/targets", "staff-czj", raised);
        assertThat(unit.status()).isEqualTo(403);
        ApiClient.Response noValue = api.put("/api/supervision/items/" + id + "/targets", "supervisor",
                "{\"targets\":[{\"name\":\"抽检合格率\",\"direction\":\"GE\"}]}");
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.json().path("code").asText()).isEqualTo(SupervisionProblem.TARGET_VALUE_REQUIRED.name());
        assertThat(noValue.json().path("field").asText())
                .isEqualTo(SupervisionFields.target(0, SupervisionFields.TARGET_VALUE));
        ApiClient.Response noList = api.put("/api/supervision/items/" + id + "/targets", "supervisor", "{}");
        assertThat(noList.status()).isEqualTo(400);
        assertThat(noList.json().path("code").asText()).isEqualTo(SupervisionProblem.TARGETS_REQUIRED.name());
        assertThat(item(id).path("item").path("targets")).as("nothing kept of a refusal").hasSize(1);

        ApiClient.Response changed = api.put("/api/supervision/items/" + id + "/targets", "supervisor", raised);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode detail = item(id);
        assertThat(detail.path("item").path("targets").findValuesAsText("name")).containsExactly(RATE, "覆盖率");
        assertThat(detail.path("item").path("light").asText()).as("92 is below the new baseline 93").isEqualTo("YELLOW");
        assertThat(detail.path("reports").get(0).path("targetValues").path(RATE).intValue()).as("the report keeps its value")
                .isEqualTo(92);
        assertThat(detail.path("history").findValuesAsText("action")).contains(SupervisionAction.TARGETS_CHANGED.name());

        // February's report asks for the new target too.
        clock.moveTo("2027-03-01T09:00:00+08:00");
        String task = awaitTask("staff-czj", "REPORT_PROGRESS", title);
        ApiClient.Response withoutNew = api.post("/api/tasks/" + task + "/complete", "staff-czj", body("{\"抽检合格率\":94}"));
        assertThat(withoutNew.status()).isEqualTo(400);
        assertThat(withoutNew.json().path("field").asText()).isEqualTo(SupervisionFields.targetValue("覆盖率"));
    }

    @Test
    void dashboard_and_ledger_show_targets_met_and_not_met() throws IOException {
        String title = "指标达标事项 " + System.nanoTime();
        accepted(title, "czj", "MONTHLY", RATE_TARGET + ",{\"name\":\"投诉率\",\"unit\":\"‰\",\"direction\":\"LE\",\"value\":2}");
        JsonNode before = api.get("/api/supervision/dashboard", "staff-czj").json();
        assertThat(before.path("targetsNotMet").asLong()).as("nothing reported yet").isEqualTo(2);

        clock.moveTo("2027-02-01T09:00:00+08:00");
        report(title, "czj", "{\"抽检合格率\":96,\"投诉率\":3}");

        JsonNode dashboard = api.get("/api/supervision/dashboard", "staff-czj").json();
        assertThat(dashboard.path("targetsMet").asLong()).isEqualTo(1);
        assertThat(dashboard.path("targetsNotMet").asLong()).isEqualTo(1);
        String targets = ledgerRow(api.getBytes("/api/supervision/ledger.xlsx?unit=czj", "supervisor"), title)
                .get(TARGETS_COLUMN);
        assertThat(targets).contains("抽检合格率 ≥95%：最新96%，已达标").contains("投诉率 ≤2‰：最新3‰，未达标");
    }

    @Test
    void an_issued_plans_items_carry_its_targets_cadence_and_report_offset() {
        long planId = TestPlans.issued(api, """
                {"title":"2027年指标方案 %d","period":{"start":"2027-01-01","end":"2027-12-31"},"cadence":"HALF_YEARLY",
                 "reportDueDays":5,"sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"提升产品抽检合格率","leadUnit":{"code":"scjgj"},"dueDate":"2027-12-31","cadence":"MONTHLY",
                           "targets":[{"name":"产品抽检合格率","unit":"%%","direction":"GE","value":95,"baseline":92,"year":2027}]},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");

        JsonNode items = api.get("/api/plans/" + planId + "/supervision?size=50", "supervisor").items();
        JsonNode measured = items.get(0);
        assertThat(measured.path("cadence").asText()).as("the row's own").isEqualTo("MONTHLY");
        assertThat(measured.path("reportDueDays").asInt()).isEqualTo(5);
        assertThat(measured.path("targets").get(0).path("name").asText()).isEqualTo("产品抽检合格率");
        assertThat(measured.path("targets").get(0).path("year").asInt()).isEqualTo(2027);
        JsonNode plain = items.get(1);
        assertThat(plain.path("cadence").asText()).as("the plan's").isEqualTo("HALF_YEARLY");
        assertThat(plain.path("reportDueDays").asInt()).isEqualTo(5);
        assertThat(plain.path("targets")).isEmpty();
    }

    /** An ad-hoc item with the targets, accepted by its lead unit with a milestone in June. */
    private long accepted(String title, String unit, String cadence, String targets) {
        long id = api.post("/api/supervision/items", "supervisor", """
                {"title":"%s","source":"领导批示","leadUnit":"%s","dueDate":"2027-12-31","cadence":"%s","targets":[%s]}"""
                .formatted(title, unit, cadence, targets)).json().path("id").asLong();
        TestPlans.complete(api, "staff-" + unit, awaitTask("staff-" + unit, "ACCEPT_ASSIGNMENT", title), "{\"outcome\":\"accept\","
                + "\"measures\":\"按月抽检\",\"milestones\":[{\"text\":\"完成年中抽检\",\"due\":\"2027-06-30\"}],\"responsible\":\"王科长\"}");
        return id;
    }

    /** The period's report with the values, accepted by the office. */
    private void report(String title, String unit, String values) {
        TestPlans.complete(api, "staff-" + unit, awaitTask("staff-" + unit, "REPORT_PROGRESS", title), body(values));
        TestPlans.complete(api, "supervisor", awaitTask("supervisor", "REVIEW_REPORT", title), "{\"outcome\":\"accept\"}");
    }

    private static String body(String targetValues) {
        return "{\"outcome\":\"report\",\"progress\":\"按计划抽检\",\"percent\":20,\"status\":\"ON_TRACK\""
                + (targetValues == null ? "" : ",\"targetValues\":" + targetValues) + "}";
    }

    private JsonNode item(long id) {
        return api.get("/api/supervision/items/" + id, "supervisor").json();
    }

    /** The user's task of the kind for the ad-hoc item, whose title its inbox shows; a timer runs within seconds. */
    private String awaitTask(String username, String kind, String title) {
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")
                .findValuesAsText("planTitle").contains(title));
        for (JsonNode entry : api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (title.equals(entry.path("planTitle").asText())) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + kind + " task for " + title);
    }

    private static List<String> ledgerRow(byte[] xlsx, String title) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
                }
                if (cells.contains(title)) {
                    return cells;
                }
            }
        }
        throw new AssertionError("No ledger row for " + title);
    }
}
