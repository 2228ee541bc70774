package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;
import org.planflow.shared.CodedInputException;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;

class BreakdownWorkbookTest {

    private static final ProposedUnit MARKET = new ProposedUnit("scjgj", "区市场监管局");
    private static final ProposedUnit FINANCE = new ProposedUnit("czj", "区财政局");
    private static final ProposedUnit COMMERCE = new ProposedUnit("swj", "区商务局");
    private static final ProposedUnit INDUSTRY_AND_COMMERCE = ProposedUnit.unmatched("工商分局");

    private final UnitMatcher matcher = Seeds.demoMatcher();

    @Test
    void written_items_read_back_unchanged() {
        List<ProposedItem> items = List.of(
                new ProposedItem(1, "质量发展促进机制", "组织保障", new BigDecimal("5"), "成立质量发展委员会（1分）", MARKET,
                        List.of(FINANCE, INDUSTRY_AND_COMMERCE), LocalDate.of(2026, 6, 30)),
                new ProposedItem(2, "加分项", "典型案例", new BigDecimal("0.5"), null, INDUSTRY_AND_COMMERCE, List.of(), null),
                new ProposedItem(3, null, "加强市场监管和行政执法工作", null, null, COMMERCE, List.of(MARKET),
                        LocalDate.of(2026, 12, 31)));

        byte[] xlsx = BreakdownWorkbook.write("宝坻区质量兴区工作实施方案", items);

        assertThat(read(xlsx)).isEqualTo(items);
    }

    @Test
    void every_leading_group_is_written_by_its_name_and_reads_back_as_the_group() {
        List<ProposedItem> items = new ArrayList<>();
        for (GroupLead group : GroupLead.values()) {
            items.add(new ProposedItem(items.size() + 1, null, "落实属地责任", null, null, null, List.of(MARKET), null, group));
        }

        byte[] xlsx = BreakdownWorkbook.write("质量强区方案", items);

        assertThat(read(xlsx)).isEqualTo(items);
    }

    @Test
    void the_imported_table_of_seed_004_survives_a_round_trip() {
        List<ProposedItem> items = new DocumentImporter(matcher, Seeds.LIMIT).read("004.txt", Seeds.bytes(Seeds.YONGQIAO_DRAFT)).items();

        assertThat(read(BreakdownWorkbook.write("埇桥区", items))).isEqualTo(items);
    }

    @Test
    void the_workbook_has_the_plan_title_and_chinese_headers() throws IOException {
        byte[] xlsx = BreakdownWorkbook.write("宝坻区质量兴区工作实施方案", List.of(
                new ProposedItem(1, "工作措施", "加强组织领导", null, null, MARKET, List.of(FINANCE, COMMERCE), null)));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("宝坻区质量兴区工作实施方案 任务分解表");
            assertThat(texts(sheet.getRow(1))).containsExactly("序号", "类别", "指标/任务内容", "分值", "评分方法", "牵头单位", "配合单位", "完成时限",
                    "报送频次", "进度节点", "量化指标");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("区财政局、区商务局");
        }
    }

    @Test
    void every_bad_row_is_listed_with_its_excel_row_number_and_column() {
        byte[] xlsx = workbook(
                row("序号", "类别", "指标/任务内容", "分值", "评分方法", "牵头单位", "配合单位", "完成时限"),
                row(1, "工作措施", "加强组织领导", 5, "", "区市场监管局", "", "2026-06-30"),
                row(2, "工作措施", "加强宣传", "五分", "", "区市场监管局", "", ""),
                row(3, "工作措施", "", 2, "", "区财政局", "", ""),
                row(4, "工作措施", "强化考核", 2, "", "区财政局", "", "2026-13-45"),
                row(5, "工作措施", "打假治劣", 2, "", "", "区商务局", ""),
                row("第六", "工作措施", "质量诚信", 2, "", "区商务局", "", ""));

        assertThatThrownBy(() -> read(xlsx))
                .isInstanceOfSatisfying(BreakdownImportException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.errors()).containsExactly(
                            new RowError(3, "分值", "SCORE_NOT_NUMBER", List.of("五分")),
                            new RowError(4, "指标/任务内容", "TASK_EMPTY", List.of()),
                            new RowError(5, "完成时限", "DUE_NOT_DATE", List.of("2026-13-45")),
                            new RowError(6, "牵头单位", "LEAD_UNIT_EMPTY", List.of()),
                            new RowError(7, "序号", "SEQ_NOT_WHOLE_NUMBER", List.of("第六")));
                    assertThat(e.errors().get(4).problem()).isEqualTo("\"第六\" is not a whole number from 1");
                    assertThat(e.errors().get(4).translationKey()).isEqualTo("plan.excel.problem.SEQ_NOT_WHOLE_NUMBER");
                    assertThat(e.getMessage()).startsWith("The breakdown table was refused and nothing was imported: ")
                            .contains("row 3, 分值: \"五分\" is not a number", "row 7, 序号");
                });
    }

    @Test
    void an_items_cadence_milestones_and_targets_are_written_and_read_back_the_same() {
        List<ProposedItem> items = List.of(new ProposedItem(1, "工作措施", "提升抽检合格率", null, null, MARKET, List.of(FINANCE),
                LocalDate.of(2028, 12, 31), null,
                List.of(new Milestone("完成调研", LocalDate.of(2027, 3, 31)), new Milestone("出台方案", LocalDate.of(2027, 6, 30))),
                Cadence.MONTHLY,
                List.of(new Target("抽检合格率", "%", Target.Direction.GE, new BigDecimal("98"), new BigDecimal("96"), 2028),
                        new Target("林业有害生物成灾率", "‰", Target.Direction.LE, new BigDecimal("5.5"), null, null),
                        new Target("顾客满意度", null, Target.Direction.GE, new BigDecimal("80"), null, null))));

        byte[] xlsx = BreakdownWorkbook.write("质量提升三年行动方案", items);

        assertThat(read(xlsx)).isEqualTo(items);
    }

    @Test
    void cadence_milestones_and_targets_typed_by_hand_are_read_and_bad_ones_listed() {
        byte[] typed = workbook(
                row("序号", "指标/任务内容", "牵头单位", "报送频次", "进度节点", "量化指标"),
                row(1, "提升抽检合格率", "区市场监管局", "每半年", "2027-6-30 完成调研", "抽检合格率≥95%；基线 90%"));
        assertThat(read(typed)).singleElement().satisfies(item -> {
            assertThat(item.cadence()).isEqualTo(Cadence.HALF_YEARLY);
            assertThat(item.milestones()).containsExactly(new Milestone("完成调研", LocalDate.of(2027, 6, 30)));
            assertThat(item.targets()).containsExactly(new Target("抽检合格率", "%", Target.Direction.GE, new BigDecimal("95"),
                    new BigDecimal("90"), null));
        });

        byte[] bad = workbook(
                row("序号", "指标/任务内容", "牵头单位", "报送频次", "进度节点", "量化指标"),
                row(1, "提升抽检合格率", "区市场监管局", "每两周", "六月底 完成调研", "抽检合格率很高"));
        assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(BreakdownImportException.class, e ->
                assertThat(e.errors()).containsExactly(
                        new RowError(2, "报送频次", "CADENCE_UNKNOWN", List.of("每两周")),
                        new RowError(2, "进度节点", "MILESTONE_NOT_READ", List.of("六月底 完成调研")),
                        new RowError(2, "量化指标", "TARGET_NOT_READ", List.of("抽检合格率很高"))));
    }

    @Test
    void unknown_units_are_kept_unmatched_and_a_second_lead_becomes_cooperating() {
        byte[] xlsx = workbook(
                row("序号", "指标/任务内容", "牵头单位", "配合单位"),
                row(1, "加强市场监管", "工商分局、市市场监管局", "区委宣传部等"));

        assertThat(read(xlsx)).containsExactly(new ProposedItem(1, null, "加强市场监管", null, null,
                INDUSTRY_AND_COMMERCE, List.of(MARKET, ProposedUnit.unmatched("区委宣传部")), null));
    }

    @Test
    void tables_written_by_hand_are_read_too() {
        byte[] xlsx = workbook(
                row("埇桥区创建“安徽省质量强区”任务分解表"),
                row("类别", "指标内容", "分数", "评分方法", "责任单位", "完成时间"),
                row("组织保障", "成立质量发展委员会", "5分", "（1分）", "区市场监管局、区财政局", "2026年6月30日"),
                row(),
                row("组织保障", "制定工作方案", 2.5, "", "区财政局", LocalDate.of(2026, 9, 30)));

        assertThat(read(xlsx)).containsExactly(
                new ProposedItem(1, "组织保障", "成立质量发展委员会", new BigDecimal("5"), "（1分）", MARKET, List.of(FINANCE),
                        LocalDate.of(2026, 6, 30)),
                new ProposedItem(2, "组织保障", "制定工作方案", new BigDecimal("2.5"), null, FINANCE, List.of(),
                        LocalDate.of(2026, 9, 30)));
    }

    @Test
    void a_sheet_without_a_header_row_is_refused() {
        byte[] xlsx = workbook(row(1, "加强组织领导", "区市场监管局"));

        assertThat(refusal(xlsx, BreakdownFileProblem.NO_HEADER))
                .hasMessageStartingWith("file: No header row found: the first rows of the first sheet must name the columns 序号, 类别")
                .satisfies(e -> assertThat(e.values()).containsExactly(String.join(", ", BreakdownWorkbook.HEADERS)));
    }

    @Test
    void a_header_without_rows_is_refused() {
        byte[] xlsx = BreakdownWorkbook.write("空方案", List.of());

        assertThat(refusal(xlsx, BreakdownFileProblem.NO_TASKS)).hasMessage("file: The table has a header row but no tasks below it");
    }

    @Test
    void bytes_that_are_no_workbook_are_refused() {
        assertThat(refusal("序号,指标\n1,加强领导".getBytes(StandardCharsets.UTF_8), BreakdownFileProblem.NOT_XLSX))
                .hasMessage("file: The file is not an .xlsx workbook; import the breakdown table saved as .xlsx");
        assertThat(refusal(new byte[0], BreakdownFileProblem.FILE_EMPTY)).hasMessageStartingWith("file: The file is empty");
    }

    @Test
    void an_old_xls_workbook_is_refused_with_how_to_save_it() throws IOException {
        try (Workbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xls.createSheet().createRow(0).createCell(0).setCellValue("序号");
            xls.write(out);

            assertThat(refusal(out.toByteArray(), BreakdownFileProblem.OLD_XLS)).hasMessageContaining("save it as .xlsx");
        }
    }

    // --- helpers ---

    private static Object[] row(Object... cells) {
        return cells;
    }

    /** A workbook with the rows from the first row on: strings, numbers and dates as Excel stores them. */
    private static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Cell cell = row.createCell(c);
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private List<ProposedItem> read(byte[] xlsx) {
        return BreakdownWorkbook.read("任务分解表.xlsx", xlsx, matcher, Seeds.LIMIT);
    }

    /** The refusal of the file as a whole, checked to be the problem given, of the field file. */
    private CodedInputException refusal(byte[] xlsx, BreakdownFileProblem problem) {
        CodedInputException refused = catchThrowableOfType(CodedInputException.class, () -> read(xlsx));
        assertThat(refused).as("refused as %s", problem).isNotNull();
        assertThat(refused.problem()).isEqualTo(problem);
        assertThat(refused.field()).isEqualTo("file");
        return refused;
    }
}
