package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.organization.OrgUnit;
import org.planflow.plan.PlanSummary;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The work ledger (工作台账) downloaded through the API: the accepted ledger rows, and only what the caller may see. */
@PlanFlowTest
class LedgerExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int INDICATOR = 3;
    private static final int LEAD = 4;
    private static final int COOP = 5;
    private static final int MEASURES = 6;
    private static final int MILESTONES = 7;
    private static final int RESPONSIBLE = 8;
    private static final int LIGHT = 12;
    private static final int STATUS = 13;

    static final Instant TODAY = OffsetDateTime.parse("2026-12-01T09:00:00+08:00").toInstant();

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient api;

    @BeforeEach
    void start() {
        // The items fall due in mid-2027: on a fixed day months before, their light is green whatever today is.
        clock.moveTo(TODAY);
        api = new ApiClient(port);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_supervisor_downloads_the_plans_ledger_with_the_lead_units_accepted_measures() throws IOException {
        String title = "台账导出测试方案 " + System.nanoTime();
        long planId = issuedPlan(title);
        accept(planId);

        ApiClient.Response response = api.get("/api/supervision/ledger.xlsx?plan=" + planId, "supervisor");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(XLSX);
        List<List<String>> rows = rows(api.getBytes("/api/supervision/ledger.xlsx?plan=" + planId, "supervisor"));
        assertThat(rows.get(0).get(0)).isEqualTo(title + " 工作台账");
        assertThat(rows.get(1).get(INDICATOR)).isEqualTo("任务事项");
        assertThat(rows).hasSize(4);

        List<String> accepted = rows.get(2);
        assertThat(accepted.get(INDICATOR)).isEqualTo("建设计量检测中心");
        assertThat(accepted.get(LEAD)).isEqualTo("区市场监管局");
        assertThat(accepted.get(COOP)).isEqualTo("区发展改革委");
        assertThat(accepted.get(MEASURES)).isEqualTo("完成选址论证，启动建设");
        assertThat(accepted.get(MILESTONES)).isEqualTo("2027-03-31 完成选址");
        assertThat(accepted.get(RESPONSIBLE)).isEqualTo("张科长");
        assertThat(accepted.get(LIGHT)).isEqualTo("绿灯");
        assertThat(accepted.get(STATUS)).isEqualTo("推进中");

        List<String> waiting = rows.get(3);
        assertThat(waiting.get(INDICATOR)).isEqualTo("开展企业质量提升行动");
        assertThat(waiting.get(LEAD)).isEqualTo("区经信局");
        assertThat(waiting.get(MEASURES)).as("not yet accepted").isEmpty();
        assertThat(waiting.get(LIGHT)).isEqualTo("绿灯");
        assertThat(waiting.get(STATUS)).isEqualTo("已交办");
    }

    @Test
    void a_unit_that_may_not_read_the_plan_finds_no_ledger_and_a_unit_gets_only_its_own_items() throws IOException {
        long planId = issuedPlan("台账权限测试方案 " + System.nanoTime());
        accept(planId);

        ApiClient.Response refused = api.get("/api/supervision/ledger.xlsx?plan=" + planId, "staff-town-5");
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);

        List<List<String>> rows = rows(api.getBytes("/api/supervision/ledger.xlsx?unit=scjgj", "staff-scjgj"));
        assertThat(rows.get(0).get(0)).isEqualTo("区市场监管局 工作台账");
        List<List<String>> items = rows.subList(2, rows.size());
        assertThat(items).extracting(row -> row.get(INDICATOR)).contains("建设计量检测中心").doesNotContain("开展企业质量提升行动");
        assertThat(items).allSatisfy(row -> assertThat(row.get(LEAD) + "、" + row.get(COOP)).contains("区市场监管局"));
    }

    @Test
    void the_export_links_follow_the_filters_and_the_plans_tab() {
        long planId = issuedPlan("台账链接测试方案 " + System.nanoTime());

        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items");
        Anchor export = _get(Anchor.class, spec -> spec.withId("export-ledger"));
        assertThat(export.getText()).isEqualTo("导出工作台账");
        assertThat(export.getHref()).isEqualTo("api/supervision/ledger.xlsx");
        ComboBox<PlanSummary> plan = comboBox("items-plan-filter");
        plan.setValue(plan.getListDataView().getItems().filter(summary -> summary.id() == planId).findFirst().orElseThrow());
        ComboBox<OrgUnit> unit = comboBox("items-unit-filter");
        unit.setValue(unit.getListDataView().getItems().filter(value -> value.code().equals("scjgj")).findFirst().orElseThrow());
        assertThat(export.getHref()).isEqualTo("api/supervision/ledger.xlsx?plan=" + planId + "&unit=scjgj");

        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "supervision"));
        assertThat(_get(Anchor.class, spec -> spec.withId("export-plan-ledger")).getHref())
                .isEqualTo("api/supervision/ledger.xlsx?plan=" + planId);

        KaribuUi.login(context, "staff-scjgj");
        UI.getCurrent().navigate("supervision/items");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-ledger")).getHref())
                .isEqualTo("api/supervision/ledger.xlsx?unit=scjgj");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private long issuedPlan(String title) {
        return TestPlans.issued(api, """
                {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"fgw"}],"dueDate":"2027-06-30"},
                          {"indicator":"开展企业质量提升行动","leadUnit":{"code":"jxj"},"dueDate":"2027-06-30"}]}"""
                .formatted(title), "[\"town-3\"]");
    }

    private void accept(long planId) {
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId),
                "{\"outcome\":\"accept\",\"measures\":\"完成选址论证，启动建设\","
                        + "\"milestones\":[{\"text\":\"完成选址\",\"due\":\"2027-03-31\"}],\"responsible\":\"张科长\"}");
    }

    /** Every row of the ledger sheet as the texts of its cells. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("工作台账");
            assertThat(sheet).isNotNull();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
