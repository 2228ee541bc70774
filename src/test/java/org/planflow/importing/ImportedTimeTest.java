package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planflow.importing.DocumentWarning.Code.DATE_NOT_READ;
import static org.planflow.importing.DocumentWarning.Code.DATE_YEAR_ASSUMED;
import static org.planflow.importing.DocumentWarning.Code.PERIOD_NOT_READ;
import static org.planflow.importing.DocumentWarning.Code.PERIOD_START_ASSUMED;
import static org.planflow.importing.DocumentWarning.Code.TABLE_ROW_BAD_DATE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;
import org.planflow.shared.Target;
import org.planflow.shared.Target.Direction;

/** The time and targets a whole document reads as: the five seeds, and new plans for what the seeds do not write. */
class ImportedTimeTest {

    /** The import's day: early December 2026, when next year's plans are issued. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private final DocumentImporter importer = new DocumentImporter(Seeds.demoMatcher(), Seeds.LIMIT);

    // --- the seeds ---

    @Test
    void seed_000_names_no_years_so_its_period_is_left_to_the_office() {
        ImportedDocument plan = importSeed(Seeds.BAODI_QUALITY);

        assertThat(plan.period()).isNull();
        assertThat(plan.warnings()).contains(DocumentWarning.of(PERIOD_NOT_READ));
        // 每季度召开一次成员单位联席会议 is a meeting, not the units' reports
        assertThat(plan.cadence()).isNull();
        assertThat(plan.reportDueDays()).isNull();
    }

    @Test
    void seed_001_runs_from_2010_to_2015_as_its_text_says() {
        ImportedDocument plan = importSeed(Seeds.BAODI_FORWARDED);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2010, 2015));
        assertThat(plan.warnings()).noneMatch(warning -> warning.code() == PERIOD_NOT_READ || warning.code() == PERIOD_START_ASSUMED);
        assertThat(plan.items()).allMatch(item -> item.dueDate() == null && item.milestones().isEmpty());
    }

    @Test
    void seed_002_writes_its_years_as_20XX_so_neither_period_nor_cadence_is_read() {
        ImportedDocument plan = importSeed(Seeds.COUNTY_WEB_COPY);

        assertThat(plan.period()).isNull();
        assertThat(plan.warnings()).contains(DocumentWarning.of(PERIOD_NOT_READ));
        // 每半年召开一次成员单位联席会 and 每年考核一次 are a meeting and an assessment
        assertThat(plan.cadence()).isNull();
    }

    @Test
    void seed_003_runs_from_its_issue_in_2015_to_2020_and_its_tasks_carry_their_targets() {
        ImportedDocument plan = importSeed(Seeds.XINING_ISSUED);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2015, 2020));
        ProposedItem products = item(plan, "大力提升产品质量");
        assertThat(products.dueDate()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(products.targets()).contains(
                target("工业产品质量监督抽查合格率", "%", Direction.GE, "90", 2020),
                target("主要农林产品质量安全抽检合格率", "%", Direction.GE, "95", 2020));
        assertThat(item(plan, "大力提升环境质量").targets()).contains(
                target("全市森林覆盖率", "%", Direction.GE, "35", 2020),
                target("林业有害生物成灾率", "‰", Direction.LE, "5.5", 2020));
        assertThat(item(plan, "大力提升工程质量").targets()).extracting(Target::name)
                .contains("其他工程一次验收合格率", "农村公路竣工验收合格率", "综合优良率");
    }

    @Test
    void seed_004_runs_for_2022_and_its_scored_rows_carry_their_targets() {
        ImportedDocument plan = importSeed(Seeds.YONGQIAO_DRAFT);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2022, 2022));
        assertThat(item(plan, "全面提升产品质量").targets()).contains(
                target("主要农产品质量安全抽检合格率", "%", Direction.GE, "98", null),
                target("工业产品质量监督抽查合格率", "%", Direction.GE, "96", null));
        ProposedItem committee = plan.items().stream().filter(item -> item.cadence() == Cadence.YEARLY).findFirst().orElseThrow();
        assertThat(committee.dueDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(plan.items()).flatExtracting(ProposedItem::targets).contains(
                target("年度部门联合抽查任务占比", "%", Direction.GE, "25", null),
                target("新增服务认证证书", "张", Direction.GE, "3", null),
                target("当年预算经费保障", "万元", Direction.GE, "150", null));
    }

    // --- new texts ---

    @Test
    void a_2027_plan_issued_in_december_2026_dates_its_items_in_2027() {
        ImportedDocument plan = importText("""
                2027年质量强区工作方案
                一、主要任务
                （一）6月30日前完成辖区企业质量摸底。（牵头单位：区市场监管局）
                （二）年底前建成质量基础设施一站式服务站。（牵头单位：区科技局）
                （三）加强质量宣传。（牵头单位：区委宣传部）
                三、工作要求
                各单位于每季度末5日前报送工作进展情况。
                """);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2027, 2027));
        assertThat(plan.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(plan.reportDueDays()).isEqualTo(5);
        assertThat(plan.items()).extracting(ProposedItem::dueDate)
                .containsExactly(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 12, 31), null);
        assertThat(plan.warnings()).noneMatch(warning -> warning.code().name().startsWith("DATE")
                || warning.code().name().startsWith("PERIOD"));
    }

    @Test
    void a_plan_over_three_years_reads_milestones_recurring_and_lasting_tasks() {
        ImportedDocument plan = importText("""
                质量提升三年行动方案（2026—2028年）
                一、主要任务
                （一）2026年起每年开展一次质量提升示范创建。（牵头单位：区市场监管局）
                （二）2027年3月底前完成调研，6月底前出台标准化方案。（牵头单位：区科技局）
                （三）长期坚持质量诚信体系建设。（牵头单位：区发展改革委）
                （四）每月开展一次食品安全抽检，抽检合格率由96%提高到98%以上。（牵头单位：区市场监管局）
                （五）9月底前召开质量大会。（牵头单位：区政府办）
                （六）于20XX年X月前完成示范区验收。（牵头单位：区农业农村局）
                """);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2026, 2028));
        ProposedItem yearly = plan.items().get(0);
        assertThat(yearly.cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(yearly.dueDate()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(yearly.milestones()).extracting(Milestone::due).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31));
        assertThat(plan.items().get(1).dueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(plan.items().get(1).milestones()).containsExactly(new Milestone("2027年3月底前", LocalDate.of(2027, 3, 31)));
        assertThat(plan.items().get(2).dueDate()).isEqualTo(LocalDate.of(2028, 12, 31));
        ProposedItem monthly = plan.items().get(3);
        assertThat(monthly.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(monthly.targets()).containsExactly(new Target("抽检合格率", "%", Direction.GE, new BigDecimal("98"), new BigDecimal("96"), null));
        assertThat(plan.items().get(4).dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(plan.warnings()).contains(DocumentWarning.of(DATE_YEAR_ASSUMED, 5, "9月底前", 2026),
                DocumentWarning.of(DATE_NOT_READ, 6, "于20XX年X月前完成示范区验收"));
    }

    @Test
    void a_horizon_without_a_date_of_its_own_starts_in_the_imports_year_and_says_so() {
        ImportedDocument plan = importText("""
                质量强区实施方案
                一、主要目标
                到2028年，质量总体水平显著提升。
                """);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2026, 2028));
        assertThat(plan.warnings()).contains(DocumentWarning.of(PERIOD_START_ASSUMED, 2026, 2028));
    }

    @Test
    void this_years_plan_runs_for_the_imports_year() {
        ImportedDocument plan = importText("""
                质量工作要点
                今年要重点抓好以下工作。
                一、主要任务
                （一）上半年完成质量提升培训。（牵头单位：区市场监管局）
                """);

        assertThat(plan.period()).isEqualTo(Period.ofYears(2026, 2026));
        assertThat(plan.items().get(0).dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_breakdown_tables_due_dates_in_words_are_read_in_the_plans_period() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("2027年质量强区工作方案");
            XWPFTable table = document.createTable(5, 4);
            List<List<String>> rows = List.of(List.of("序号", "任务内容", "牵头单位", "完成时限"),
                    List.of("1", "完成企业摸底", "区市场监管局", "2027年6月底前"),
                    List.of("2", "推进质量诚信建设", "区发展改革委", "长期坚持"),
                    List.of("3", "开展质量宣传", "区委宣传部", "尽快"),
                    List.of("4", "召开质量大会", "区政府办", "2027-09-30"));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            document.write(out);
            docx = out.toByteArray();
        }

        ImportedDocument plan = importer.read("方案.docx", docx, DAY);

        assertThat(plan.items()).extracting(ProposedItem::dueDate).containsExactly(LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 12, 31), null, LocalDate.of(2027, 9, 30));
        assertThat(plan.warnings()).contains(DocumentWarning.of(TABLE_ROW_BAD_DATE, 3, "尽快"))
                .noneMatch(warning -> warning.code() == TABLE_ROW_BAD_DATE && !warning.values().contains("尽快"));
    }

    private ImportedDocument importSeed(String seed) {
        return importer.read(seed + ".txt", Seeds.bytes(seed), DAY);
    }

    private ImportedDocument importText(String text) {
        return importer.read("方案.txt", text.getBytes(StandardCharsets.UTF_8), DAY);
    }

    private static ProposedItem item(ImportedDocument plan, String indicator) {
        return plan.items().stream().filter(item -> item.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private static Target target(String name, String unit, Direction direction, String value, Integer year) {
        return new Target(name, unit, direction, new BigDecimal(value), null, year);
    }
}
