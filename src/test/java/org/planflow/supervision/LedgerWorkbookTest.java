package org.planflow.supervision;

import org.planflow.shared.Milestone;
import org.planflow.shared.Cadence;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planflow.plan.UnitRef;

/** The work ledger written from items in memory and read back as Excel would show it. */
class LedgerWorkbookTest {

    private static final int SEQ = 0;
    private static final int PLAN = 1;
    private static final int INDICATOR = 3;
    private static final int LEAD = 4;
    private static final int COOP = 5;
    private static final int MEASURES = 6;
    private static final int MILESTONES = 7;
    private static final int RESPONSIBLE = 8;
    private static final int DUE = 9;
    private static final int PROGRESS = 10;
    private static final int PERCENT = 11;
    private static final int LIGHT = 12;
    private static final int STATUS = 13;
    private static final int OVERDUE = 14;

    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void write() throws IOException {
        SupervisedItem green = item(1L, 1, "建设计量检测中心", ItemSource.PLAN, new UnitRef("scjgj", "区市场监管局"),
                List.of(new UnitRef("fgw", "区发展改革委"), new UnitRef("czj", "区财政局")), LocalDate.of(2026, 9, 30),
                ItemStatus.IN_PROGRESS, Light.GREEN, false, "完成选址论证，启动建设",
                List.of(new Milestone("完成选址", LocalDate.of(2026, 6, 30)), new Milestone("主体完工", LocalDate.of(2026, 9, 15))),
                "张科长", null);
        SupervisedItem yellow = item(1L, 2, "开展企业质量提升行动", ItemSource.PLAN, new UnitRef("jxj", "区经信局"), List.of(),
                LocalDate.of(2026, 10, 31), ItemStatus.IN_PROGRESS, Light.YELLOW, false, "组织企业开展对标",
                List.of(new Milestone("完成对标", LocalDate.of(2026, 8, 31))), "李主任",
                report("完成 20 家企业对标", 40, ReportStatus.BEHIND));
        SupervisedItem red = item(null, null, "解决城区停车难问题", ItemSource.LEADER_INSTRUCTION, new UnitRef("zjj", "区住建局"),
                List.of(), LocalDate.of(2026, 5, 31), ItemStatus.ASSIGNED, Light.RED, true, null, List.of(), null, null);
        byte[] xlsx = LedgerWorkbook.write("质量强区实施方案 工作台账", List.of(green, yellow, red), LocalDate.of(2026, 10, 15));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        sheet = workbook.getSheet("工作台账");
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void the_sheet_has_the_title_then_the_header_row() {
        assertThat(sheet).isNotNull();
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("质量强区实施方案 工作台账");
        assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
            assertThat(region.getFirstRow()).isZero();
            assertThat(region.getLastColumn()).isEqualTo(15);
        });
        List<String> headers = new ArrayList<>();
        sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
        assertThat(headers).containsExactly("序号", "所属方案", "类别", "任务事项", "牵头单位", "配合单位", "工作举措", "时间节点",
                "责任人", "完成时限", "最新进展", "完成进度", "亮灯", "办理状态", "逾期", "指标完成情况");
    }

    @Test
    void a_row_carries_the_lead_units_ledger_entry() {
        Row row = sheet.getRow(2);
        assertThat(row.getCell(SEQ).getNumericCellValue()).isEqualTo(1);
        assertThat(text(row, PLAN)).isEqualTo("质量强区实施方案");
        assertThat(text(row, INDICATOR)).isEqualTo("建设计量检测中心");
        assertThat(text(row, LEAD)).isEqualTo("区市场监管局");
        assertThat(text(row, COOP)).isEqualTo("区发展改革委、区财政局");
        assertThat(text(row, MEASURES)).isEqualTo("完成选址论证，启动建设");
        assertThat(text(row, MILESTONES).split("\n")).containsExactly("2026-06-30 完成选址", "2026-09-15 主体完工");
        assertThat(row.getCell(MILESTONES).getCellStyle().getWrapText()).isTrue();
        assertThat(row.getHeightInPoints()).as("tall enough for two lines").isGreaterThan(sheet.getRow(4).getHeightInPoints() * 1.5f);
        assertThat(text(row, RESPONSIBLE)).isEqualTo("张科长");
        assertThat(text(row, LIGHT)).isEqualTo("绿灯");
        assertThat(text(row, STATUS)).isEqualTo("推进中");
        assertThat(text(row, OVERDUE)).isEmpty();
    }

    @Test
    void the_due_date_is_a_date_cell() {
        Cell due = sheet.getRow(2).getCell(DUE);
        assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
        assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    @Test
    void the_latest_report_shows_its_progress_and_percent_and_the_light_is_filled_in_its_colour() {
        Row row = sheet.getRow(3);
        assertThat(text(row, PROGRESS)).isEqualTo("完成 20 家企业对标");
        Cell percent = row.getCell(PERCENT);
        assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(percent.getNumericCellValue()).isEqualTo(0.4);
        assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0%");
        Cell light = row.getCell(LIGHT);
        assertThat(light.getStringCellValue()).isEqualTo("黄灯");
        XSSFCellStyle style = (XSSFCellStyle) light.getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(style.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFEB9C");
        assertThat(sheet.getRow(2).getCell(PERCENT).getCellType()).as("no report yet").isEqualTo(CellType.BLANK);
    }

    @Test
    void an_overdue_ad_hoc_item_is_red_names_its_source_and_has_no_seq() {
        Row row = sheet.getRow(4);
        assertThat(row.getCell(SEQ).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(text(row, PLAN)).isEqualTo("领导批示");
        assertThat(text(row, LIGHT)).isEqualTo("红灯");
        assertThat(((XSSFCellStyle) row.getCell(LIGHT).getCellStyle()).getFillForegroundColorColor().getARGBHex())
                .isEqualTo("FFFFC7CE");
        assertThat(text(row, STATUS)).isEqualTo("已交办");
        assertThat(text(row, OVERDUE)).isEqualTo("是");
        assertThat(sheet.getLastRowNum()).isEqualTo(4);
    }

    @Test
    void the_title_and_header_stay_in_view_and_the_long_columns_are_wide() {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 2);
        assertThat(sheet.getColumnWidth(INDICATOR)).isGreaterThan(sheet.getColumnWidth(SEQ));
        assertThat(sheet.getColumnWidth(MEASURES)).isGreaterThan(sheet.getColumnWidth(LEAD));
        assertThat(sheet.getColumnWidth(PROGRESS)).isGreaterThan(sheet.getColumnWidth(RESPONSIBLE));
    }

    @Test
    void every_cell_of_the_table_has_borders() {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            for (int c = 0; c <= OVERDUE; c++) {
                XSSFCellStyle style = sheet.getRow(r).getCell(c).getCellStyle();
                assertThat(style.getBorderTop()).as("row %d column %d", r, c).isNotEqualTo(BorderStyle.NONE);
                assertThat(style.getBorderLeft()).as("row %d column %d", r, c).isNotEqualTo(BorderStyle.NONE);
            }
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
    }

    private static ProgressReport report(String progress, Integer percent, ReportStatus status) {
        return new ProgressReport(7, "2026-Q3", LocalDate.of(2026, 9, 30), Instant.parse("2026-10-09T00:00:00Z"), "staff-jxj",
                Instant.parse("2026-10-08T02:00:00Z"), progress, percent, status, "设备采购延迟", "加快采购", false, null, null,
                null, null, Map.of());
    }

    private static SupervisedItem item(Long planId, Integer seq, String indicator, ItemSource source, UnitRef lead,
                                       List<UnitRef> coop, LocalDate due, ItemStatus status, Light light, boolean overdue,
                                       String measures, List<Milestone> milestones, String responsible, ProgressReport latest) {
        return new SupervisedItem(seq == null ? 99 : seq, planId, planId == null ? null : "质量强区实施方案", seq, indicator,
                planId == null ? null : "质量提升", source, planId == null ? "区长批示：三个月内拿出方案" : null, lead, coop, due,
                Cadence.QUARTERLY, 5, status, light, overdue, measures, milestones, responsible, "leader", latest, 0,
                Instant.parse("2026-03-02T01:00:00Z"), "process-" + indicator, null, null, List.of(), 0, List.of(), null);
    }
}
