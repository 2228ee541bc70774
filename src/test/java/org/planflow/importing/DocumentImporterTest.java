package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planflow.importing.DocumentWarning.Code.DRAFT_MARK;
import static org.planflow.importing.DocumentWarning.Code.LINE_LEFT_OUT;
import static org.planflow.importing.DocumentWarning.Code.NOTICE_TEXT_LEFT_OUT;
import static org.planflow.importing.DocumentWarning.Code.NO_TITLE_LINE;
import static org.planflow.importing.DocumentWarning.Code.PAGES_JOINED;
import static org.planflow.importing.DocumentWarning.Code.SUMMARY_LEFT_OUT;
import static org.planflow.importing.DocumentWarning.Code.TITLE_FROM_TEXT;
import static org.planflow.importing.DocumentWarning.Code.UNIT_NOT_FOUND;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;

class DocumentImporterTest {

    private static final List<String> SEEDS = Seeds.ALL;
    /** What the drafter reads around the text is not compared: punctuation where a heading was cut off, spaces. */
    private static final String IGNORED = "[\\s\\u3000。，,；;：:！？!?]";

    private final DocumentImporter importer = new DocumentImporter(Seeds.demoMatcher(), Seeds.LIMIT);

    // --- 000: a plan without a title line, numbered tasks that start with their unit ---

    @Test
    void a_plan_without_title_line_is_titled_after_the_undertaking_its_text_keeps_naming_and_drops_the_scraped_summary() {
        ImportedDocument plan = importSeed(Seeds.BAODI_QUALITY);

        assertThat(plan.title()).isEqualTo("争创质量强市先进区活动方案");
        assertThat(plan.type()).isEqualTo("方案");
        assertThat(plan.docNumber()).isNull();
        assertThat(plan.warnings()).contains(warning(TITLE_FROM_TEXT, "争创质量强市先进区活动方案")).doesNotContain(warning(NO_TITLE_LINE))
                .anyMatch(warning -> warning.code() == SUMMARY_LEFT_OUT && warning.values().get(0).startsWith("一、指导思想"));
        assertThat(levelOneHeadings(plan)).containsExactly("指导思想", "总体要求", "基本原则", "争创质量强市先进区的目标任务", "工作措施");
        assertThat(plan.sections().get(0)).isEqualTo(new ImportedSection("一、", 1, "指导思想",
                Seeds.lines(Seeds.BAODI_QUALITY).get(2)));
        assertNoTextLost(plan, Seeds.BAODI_QUALITY, 2, 53);
    }

    @Test
    void numbered_tasks_that_start_with_their_unit_propose_items_led_by_that_unit() {
        ImportedDocument plan = importSeed(Seeds.BAODI_QUALITY);

        assertThat(plan.items()).hasSize(15);
        assertThat(plan.items()).extracting(ProposedItem::seq).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 15).boxed().toList());
        ProposedItem commerce = item(plan, item -> item.leadUnit().name().equals("工商分局"));
        assertThat(commerce.indicator()).isEqualTo("工商分局要加强市场监管和行政执法工作");
        assertThat(commerce.category()).isEqualTo("充分发挥各职能部门的监督管理职能");
        assertThat(commerce.leadUnit()).isEqualTo(ProposedUnit.unmatched("工商分局"));
        assertThat(item(plan, item -> item.indicator().startsWith("区财政局要")).leadUnit()).isEqualTo(new ProposedUnit("czj", "区财政局"));
        ProposedItem joint = item(plan, item -> item.indicator().startsWith("区发改委、区经贸局"));
        assertThat(joint.leadUnit()).isEqualTo(ProposedUnit.unmatched("区发改委"));
        assertThat(joint.coopUnits()).containsExactly(ProposedUnit.unmatched("区经贸局"), ProposedUnit.unmatched("区商贸总公司"));
        // "各街办要…" and "各部门、各单位要…" name everybody, not a unit
        assertThat(plan.items()).noneMatch(item -> item.leadUnit().name().startsWith("各"));
        assertThat(plan.warnings()).contains(warning(UNIT_NOT_FOUND, "工商分局"), warning(UNIT_NOT_FOUND, "公安分局"))
                .doesNotContain(warning(UNIT_NOT_FOUND, "区财政局"));
    }

    // --- 001: a notice forwarding the plan ---

    @Test
    void forwarded_notice_imports_the_embedded_plan() {
        ImportedDocument plan = importSeed(Seeds.BAODI_FORWARDED);

        assertThat(plan.title()).isEqualTo("宝坻区质量兴区工作实施方案");
        assertThat(plan.type()).isEqualTo("实施方案");
        assertThat(plan.docNumber()).isNull();
        assertThat(plan.warnings()).contains(warning(NOTICE_TEXT_LEFT_OUT, "关于转发区质监局拟定的宝坻区质量兴区工作实施方案的通知"));
        assertThat(plan.sections().get(0).outline()).isEmpty();
        assertThat(plan.sections().get(0).body()).startsWith("为进一步强化质量安全意识");
        assertThat(levelOneHeadings(plan)).containsExactly("指导思想", "发展目标", "责任和义务", "工作要求");
        assertThat(plan.sections()).noneMatch(section -> section.body().contains("现转发给你们"));
        assertThat(plan.sections()).anyMatch(section -> section.level() == 3 && section.outline().equals("1．")
                && section.heading().equals("加快高新科技产业化进程"));
        assertNoTextLost(plan, Seeds.BAODI_FORWARDED, 13, 99);
    }

    @Test
    void responsibilities_listed_by_department_become_items() {
        ImportedDocument plan = importSeed(Seeds.BAODI_FORWARDED);

        assertThat(plan.items()).extracting(item -> item.leadUnit().name()).containsExactly("发改委", "科委", "发改委", "质监部门",
                "工商部门", "烟草专卖管理部门", "经贸管理部门", "建设管理部门", "物价主管部门", "国土部门");
        assertThat(plan.items()).allMatch(item -> item.category().equals("责任和义务"));
        assertThat(plan.items().get(0).indicator()).isEqualTo("发改委把产品质量目标纳入国民经济和社会发展计划");
        assertThat(plan.warnings()).contains(warning(UNIT_NOT_FOUND, "发改委"));
    }

    // --- 002: scraped web text with page numbers and everything inline ---

    @Test
    void scraped_web_text_is_joined_and_split_on_its_inline_outline() {
        ImportedDocument plan = importSeed(Seeds.COUNTY_WEB_COPY);

        assertThat(plan.title()).isEqualTo("关于开展质量强县工作的实施意见");
        assertThat(plan.type()).isEqualTo("实施意见");
        assertThat(plan.docNumber()).isNull();
        assertThat(plan.warnings()).anyMatch(warning -> warning.code() == LINE_LEFT_OUT && warning.values().get(0).startsWith("《关于开展质量强县工作的实施意见.docx》"))
                .contains(warning(PAGES_JOINED, "16"));
        assertThat(plan.sections().get(0).body()).startsWith("XX县质量强县规划(20XX-20XX年)已于");
        assertThat(plan.sections()).filteredOn(section -> section.level() == 1).extracting(ImportedSection::outline)
                .containsExactly("一、", "二、", "三、");
        assertThat(levelOneHeadings(plan)).element(1).isEqualTo("指导思想和主要目标");
        assertThat(levelOneHeadings(plan)).element(2).isEqualTo("工作措施");
        assertThat(plan.sections()).filteredOn(section -> section.level() == 2).extracting(ImportedSection::outline)
                .containsExactly("(一)", "(二)", "(一)", "(二)", "(三)", "(四)");
        // "全面提高我县一、二、三产业的整体素质" is text, not three outline numbers
        assertThat(plan.sections()).anyMatch(section -> section.body().contains("一、二、三产业"));
        assertThat(plan.sections()).filteredOn(section -> section.level() == 3).extracting(ImportedSection::heading)
                .contains("工业质量目标", "农业质量目标", "强化企业基础工作");
        List<String> pages = Seeds.lines(Seeds.COUNTY_WEB_COPY).subList(1, 17).stream()
                .map(line -> line.replaceFirst("^\\d+、", "").replace("关于开展质量强县工作的实施意见", "")).toList();
        assertTextKept(plan, pages);
    }

    @Test
    void sentences_that_start_with_a_department_propose_items_in_running_text() {
        ImportedDocument plan = importSeed(Seeds.COUNTY_WEB_COPY);

        assertThat(plan.items()).extracting(item -> item.leadUnit().name())
                .contains("市场监管部门", "旅游部门", "农业部门", "住建部门", "科技部门", "宣传部门");
        assertThat(item(plan, item -> item.leadUnit().name().equals("旅游部门")).indicator()).startsWith("旅游部门要在旅游行业认真贯彻服务质量标准");
        assertThat(plan.items()).noneMatch(item -> item.leadUnit().matched());
        assertThat(plan.warnings()).contains(warning(UNIT_NOT_FOUND, "住建部门"));
    }

    // --- 003: a notice issuing the plan, with a document number and unit lists in parentheses ---

    @Test
    void issuing_notice_gives_the_document_number_and_the_plan_title_split_over_two_lines() {
        ImportedDocument plan = importSeed(Seeds.XINING_ISSUED);

        assertThat(plan.title()).isEqualTo("西宁市推进质量强市战略促进全市经济提质增效实施方案");
        assertThat(plan.type()).isEqualTo("实施方案");
        assertThat(plan.docNumber()).isEqualTo("宁政办〔2015〕127号");
        assertThat(levelOneHeadings(plan)).containsExactly("充分认识质量强市战略的重大意义", "指导思想、总体要求和主要目标", "主要任务",
                "重点工作", "保障措施");
        assertThat(plan.sections()).anyMatch(section -> section.outline().equals("(一)") && section.heading().equals("指导思想")
                && section.body().startsWith("以贯彻落实《国务院质量发展纲要(2011-2020年)》为主线"));
        assertThat(plan.sections()).noneMatch(section -> section.body().contains("现印发给你们"));
        assertNoTextLost(plan, Seeds.XINING_ISSUED, 8, 33);
    }

    @Test
    void a_unit_list_at_the_end_of_a_task_proposes_the_first_as_lead_and_the_rest_as_cooperating() {
        ImportedDocument plan = importSeed(Seeds.XINING_ISSUED);

        assertThat(plan.items()).hasSize(11);
        ProposedItem products = plan.items().get(0);
        assertThat(products.seq()).isEqualTo(1);
        assertThat(products.category()).isEqualTo("主要任务");
        assertThat(products.indicator()).isEqualTo("大力提升产品质量");
        assertThat(products.leadUnit()).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(products.coopUnits()).containsExactly(ProposedUnit.unmatched("市经信委"), new ProposedUnit("swj", "区商务局"),
                ProposedUnit.unmatched("市农牧局"));
        ProposedItem engineering = plan.items().get(1);
        assertThat(engineering.leadUnit()).isEqualTo(ProposedUnit.unmatched("市规划和建设局"));
        assertThat(plan.items().get(4).category()).isEqualTo("重点工作");
        assertThat(plan.items().get(4).indicator()).isEqualTo("推进质量安全工程");
        assertThat(plan.warnings()).contains(warning(UNIT_NOT_FOUND, "市经信委"), warning(UNIT_NOT_FOUND, "市规划和建设局"))
                .doesNotContain(warning(UNIT_NOT_FOUND, "市市场监管局"));
    }

    // --- 004: a consultation draft with labelled notes and a scored breakdown table ---

    @Test
    void consultation_draft_keeps_its_mark_out_of_the_title() {
        ImportedDocument plan = importSeed(Seeds.YONGQIAO_DRAFT);

        assertThat(plan.title()).isEqualTo("埇桥区2022年度创建“安徽省质量强区”工作推进方案");
        assertThat(plan.type()).isEqualTo("推进方案");
        assertThat(plan.docNumber()).isNull();
        assertThat(plan.warnings()).contains(warning(DRAFT_MARK, "征求意见稿"));
        assertThat(plan.sections()).filteredOn(section -> section.level() == 1).extracting(ImportedSection::outline)
                .containsExactly("一、", "二、", "三、", "四、", "附件");
        assertThat(levelOneHeadings(plan)).containsExactly("指导思想", "工作目标", "主要任务", "保障措施", "埇桥区创建“安徽省质量强区”任务分解表");
        assertThat(plan.sections().get(0).body()).startsWith("为深入贯彻落实国务院《质量发展纲要（2011-2020）》");
        assertNoTextLost(plan, Seeds.YONGQIAO_DRAFT, 7, 54);
    }

    @Test
    void labelled_responsibility_notes_propose_lead_and_cooperating_units() {
        ImportedDocument plan = importSeed(Seeds.YONGQIAO_DRAFT);

        List<ProposedItem> tasks = plan.items().subList(0, 7);
        assertThat(tasks).allMatch(item -> item.category().equals("落实质量重点工作") && item.score() == null);
        assertThat(tasks).extracting(ProposedItem::indicator).containsExactly("全面提升产品质量", "稳步提高工程质量", "大力提升服务质量",
                "持续提升环境质量", "实施企业质量精准帮扶", "健全质量人才教育培养", "建立全民共治机制");
        assertThat(tasks.get(0).leadUnit()).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(tasks.get(0).coopUnits()).containsExactly(new ProposedUnit("czj", "区财政局"), new ProposedUnit("fgw", "区发展改革委"),
                new ProposedUnit("nyncj", "区农业农村局"), new ProposedUnit("jxj", "区经信局"));
        assertThat(tasks.get(1).coopUnits()).containsExactly(new ProposedUnit("fgw", "区发展改革委"), ProposedUnit.unmatched("区交通运输局"),
                ProposedUnit.unmatched("区水利局"));
        assertThat(tasks.get(3).leadUnit()).isEqualTo(new ProposedUnit("sthj", "区生态环境分局"));
        assertThat(tasks.get(3).coopUnits()).containsExactly(ProposedUnit.unmatched("区环委办成员单位"));
        assertThat(tasks.get(5).leadUnit()).isEqualTo(ProposedUnit.unmatched("区质量发展委员会"));
        assertThat(plan.warnings()).contains(warning(UNIT_NOT_FOUND, "区质量发展委员会"), warning(UNIT_NOT_FOUND, "区水利局"));
    }

    @Test
    void the_scored_breakdown_table_becomes_items_worth_100_points_and_5_bonus_points() {
        ImportedDocument plan = importSeed(Seeds.YONGQIAO_DRAFT);

        List<ProposedItem> table = plan.items().subList(7, plan.items().size());
        assertThat(table).hasSize(31);
        assertThat(plan.items()).extracting(ProposedItem::seq).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 38).boxed().toList());
        assertThat(sum(table.subList(0, 27))).isEqualByComparingTo("100");
        assertThat(sum(table.subList(27, 31))).isEqualByComparingTo("5");
        assertThat(table).extracting(ProposedItem::category).containsOnly("质量发展促进机制", "质量技术服务机制", "质量工作成效",
                "质量安全水平", "加分项");
        ProposedItem first = table.get(0);
        assertThat(first.category()).isEqualTo("质量发展促进机制");
        assertThat(first.indicator()).isEqualTo("组织保障");
        assertThat(first.score()).isEqualTo(new BigDecimal("5"));
        assertThat(first.scoringMethod()).startsWith("成立党政主要领导双牵头的质量发展委员会（1分）");
        assertThat(first.leadUnit()).isEqualTo(ProposedUnit.unmatched("区质量发展委员会办公室"));
        // merged cells: the row below continues the category and the indicator
        assertThat(table.get(2)).extracting(ProposedItem::category, ProposedItem::indicator, ProposedItem::score)
                .containsExactly("质量发展促进机制", "工作保障", new BigDecimal("4"));
        assertThat(table.get(6).leadUnit()).isEqualTo(new ProposedUnit("czj", "区财政局"));
        assertThat(table.get(6).coopUnits()).containsExactly(new ProposedUnit("scjgj", "区市场监管局"));
        ProposedItem bonus = table.get(27);
        assertThat(bonus.category()).isEqualTo("加分项");
        assertThat(bonus.indicator()).isEqualTo("质量工作形成先进做法或特色经验，获得省部级领导肯定（有批示），或者在国家级会议上交流质量工作经验");
        assertThat(bonus.score()).isEqualTo(new BigDecimal("2"));
    }

    // --- shapes the seeds do not show ---

    @Test
    void a_document_number_on_its_own_line_above_the_title_is_captured() {
        ImportedDocument plan = importText("宝政发〔2024〕12号\n宝坻区质量兴区工作实施方案\n（送审稿）\n一、指导思想\n以质取胜。");

        assertThat(plan.docNumber()).isEqualTo("宝政发〔2024〕12号");
        assertThat(plan.title()).isEqualTo("宝坻区质量兴区工作实施方案");
        assertThat(plan.warnings()).contains(warning(DRAFT_MARK, "送审稿"));
        assertThat(plan.sections()).containsExactly(new ImportedSection("一、", 1, "指导思想", "以质取胜。"));
    }

    @Test
    void a_notice_that_carries_no_plan_is_imported_as_a_notice() {
        ImportedDocument plan = importText("关于召开质量工作联席会议的通知\n各成员单位：\n定于下周召开联席会议。");

        assertThat(plan.title()).isEqualTo("关于召开质量工作联席会议的通知");
        assertThat(plan.type()).isEqualTo("通知");
        assertThat(plan.sections()).containsExactly(new ImportedSection("", 0, "", "各成员单位：\n定于下周召开联席会议。"));
    }

    @Test
    void a_responsibility_note_on_a_line_of_its_own_belongs_to_the_task_above() {
        ImportedDocument plan = importText("宝坻区质量兴区工作实施方案\n一、主要任务\n（一）加强组织领导。成立领导小组。\n"
                + "（牵头单位：区市场监管局；配合单位：区财政局、区统计局）");

        assertThat(plan.items()).containsExactly(new ProposedItem(1, "主要任务", "加强组织领导", null, null,
                new ProposedUnit("scjgj", "区市场监管局"), List.of(new ProposedUnit("czj", "区财政局"), new ProposedUnit("tjj", "区统计局")), null));
    }

    @Test
    void a_plan_without_title_line_that_names_no_undertaking_takes_the_file_name() {
        ImportedDocument plan = importer.read("质量工作要点.txt", "一、主要任务\n加强质量监管。".getBytes(StandardCharsets.UTF_8));

        assertThat(plan.title()).isEqualTo("质量工作要点");
        assertThat(plan.type()).isEqualTo("工作要点");
        assertThat(plan.warnings()).contains(warning(NO_TITLE_LINE));
    }

    @Test
    void a_unicode_text_file_from_notepad_imports_like_utf8() {
        String text = Seeds.text(Seeds.XINING_ISSUED);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        assertThat(importer.read(Seeds.XINING_ISSUED + ".txt", utf16)).isEqualTo(importSeed(Seeds.XINING_ISSUED));
    }

    // --- every seed ---

    @ParameterizedTest
    @FieldSource("SEEDS")
    void a_chinese_windows_text_file_imports_like_utf8(String seed) {
        byte[] gb18030 = Seeds.text(seed).getBytes(Charset.forName("GB18030"));

        assertThat(importer.read(seed + ".txt", gb18030)).isEqualTo(importSeed(seed));
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void a_byte_order_mark_is_not_part_of_the_text(String seed) {
        byte[] withBom = ("\uFEFF" + Seeds.text(seed)).getBytes(StandardCharsets.UTF_8);

        assertThat(importer.read(seed + ".txt", withBom)).isEqualTo(importSeed(seed));
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void a_docx_with_the_seed_as_paragraphs_imports_like_the_text_file(String seed) throws IOException {
        List<String> lines = Seeds.lines(seed);
        int table = tableStart(lines);
        byte[] docx = docx(lines.subList(0, table), List.of());

        ImportedDocument fromDocx = importer.read(seed + ".docx", docx);
        ImportedDocument fromText = importer.read(seed + ".txt",
                String.join("\n", lines.subList(0, table)).getBytes(StandardCharsets.UTF_8));

        assertThat(fromDocx).isEqualTo(fromText);
    }

    @Test
    void a_docx_breakdown_table_imports_like_the_table_in_the_text_file() throws IOException {
        ImportedDocument fromText = importSeed(Seeds.YONGQIAO_DRAFT);
        List<String> lines = Seeds.lines(Seeds.YONGQIAO_DRAFT);
        List<ProposedItem> tableItems = fromText.items().subList(7, fromText.items().size());
        byte[] docx = docx(lines.subList(0, tableStart(lines)), tableItems);

        ImportedDocument fromDocx = importer.read("埇桥区.docx", docx);

        assertThat(fromDocx.items()).isEqualTo(fromText.items());
        assertThat(fromDocx.sections()).isEqualTo(fromText.sections());
        assertThat(fromDocx.title()).isEqualTo(fromText.title());
        assertThat(fromDocx.warnings()).isEqualTo(fromText.warnings());
    }

    @Test
    void a_table_that_is_no_breakdown_table_is_kept_as_text() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("宝坻区质量兴区工作实施方案");
            document.createParagraph().createRun().setText("一、成员名单");
            XWPFTable members = document.createTable(2, 2);
            members.getRow(0).getCell(0).setText("组长");
            members.getRow(0).getCell(1).setText("分管副区长");
            members.getRow(1).getCell(0).setText("成员");
            members.getRow(1).getCell(1).setText("区财政局局长");
            document.write(out);

            ImportedDocument plan = importer.read("名单.docx", out.toByteArray());

            assertThat(plan.sections()).containsExactly(new ImportedSection("一、", 1, "成员名单", "组长 分管副区长\n成员 区财政局局长"));
            assertThat(plan.items()).isEmpty();
        }
    }

    // --- files that cannot be imported ---

    @Test
    void a_file_of_another_type_is_refused_naming_the_types_accepted() {
        assertThatThrownBy(() -> importer.read("方案.pdf", new byte[] {1, 2, 3}))
                .isInstanceOf(DocumentImportException.class)
                .hasMessageContaining("Unsupported file type: 方案.pdf")
                .hasMessageContaining(".docx or .txt")
                .extracting(e -> ((DocumentImportException) e).field()).isEqualTo("file");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> importer.read("方案.txt", new byte[0]))
                .isInstanceOf(DocumentImportException.class).hasMessage("The file \"方案.txt\" is empty");
    }

    @Test
    void a_file_with_only_blank_lines_is_refused() {
        assertThatThrownBy(() -> importer.read("方案.txt", " \n\u3000\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentImportException.class).hasMessage("The file \"方案.txt\" contains no text");
    }

    @Test
    void a_docx_that_is_not_a_word_document_is_refused() {
        assertThatThrownBy(() -> importer.read("方案.docx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentImportException.class).hasMessage("The file \"方案.docx\" is not a readable .docx document");
    }

    @Test
    void a_text_file_with_a_nul_byte_is_refused_as_no_text() {
        byte[] text = "宝坻区质量兴区工作实施方案\n一、指导思想\0以质取胜。".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.read("方案.txt", text))
                .isInstanceOf(DocumentImportException.class)
                .hasMessageStartingWith("The file \"方案.txt\" is not a text file")
                .satisfies(e -> assertThat(((DocumentImportException) e).problem()).isEqualTo(DocumentImportException.Problem.NOT_TEXT))
                .satisfies(e -> assertThat(((DocumentImportException) e).values()).containsExactly("方案.txt"));
    }

    @Test
    void a_word_file_a_pdf_or_a_picture_named_txt_is_refused_as_no_text() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        for (byte[] content : List.of(docx(List.of("宝坻区质量兴区工作实施方案"), List.of()), pdf, png)) {
            assertThatThrownBy(() -> importer.read("方案.txt", content)).isInstanceOf(DocumentImportException.class)
                    .satisfies(e -> assertThat(((DocumentImportException) e).problem()).isEqualTo(DocumentImportException.Problem.NOT_TEXT));
        }
    }

    @Test
    void random_bytes_without_a_nul_are_refused_as_no_text() {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }

        assertThatThrownBy(() -> importer.read("方案.txt", noise)).isInstanceOf(DocumentImportException.class)
                .satisfies(e -> assertThat(((DocumentImportException) e).problem()).isEqualTo(DocumentImportException.Problem.NOT_TEXT));
    }

    @Test
    void a_stray_control_character_from_a_copy_out_of_word_is_left_out() {
        ImportedDocument plan = importText("宝坻区质量兴区工作实施方案\n一、指导思想\n以质\u0007取胜。");

        assertThat(plan.sections()).containsExactly(new ImportedSection("一、", 1, "指导思想", "以质取胜。"));
    }

    @Test
    void an_old_word_document_named_docx_is_refused_saying_how_to_save_it() {
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);

        assertThatThrownBy(() -> importer.read("方案.docx", ole2)).isInstanceOf(DocumentImportException.class)
                .hasMessageContaining("save it as .docx")
                .satisfies(e -> assertThat(((DocumentImportException) e).problem()).isEqualTo(DocumentImportException.Problem.OLD_WORD_FORMAT));
    }

    @Test
    void a_file_over_the_upload_limit_is_refused() {
        DocumentImporter small = new DocumentImporter(Seeds.demoMatcher(), new UploadLimit(10));

        assertThatThrownBy(() -> small.read("方案.txt", "宝坻区质量兴区工作实施方案".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("方案.txt");
    }

    @Test
    void a_docx_without_text_is_refused() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph();
            document.write(out);

            assertThatThrownBy(() -> importer.read("空白.docx", out.toByteArray()))
                    .isInstanceOf(DocumentImportException.class).hasMessage("The file \"空白.docx\" contains no text");
        }
    }

    // --- helpers ---

    private ImportedDocument importText(String text) {
        return importer.read("方案.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportedDocument importSeed(String seed) {
        return importer.read(seed + ".txt", Seeds.bytes(seed));
    }

    private static List<String> levelOneHeadings(ImportedDocument plan) {
        return plan.sections().stream().filter(section -> section.level() == 1).map(ImportedSection::heading).toList();
    }

    private static ProposedItem item(ImportedDocument plan, Predicate<ProposedItem> condition) {
        return plan.items().stream().filter(condition).findFirst().orElseThrow();
    }

    private static BigDecimal sum(List<ProposedItem> items) {
        return items.stream().map(ProposedItem::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every non-blank line of the plan body, lines first to last as an editor numbers them, is in the sections. */
    private static void assertNoTextLost(ImportedDocument plan, String seed, int firstLine, int lastLine) {
        assertTextKept(plan, Seeds.lines(seed).subList(firstLine - 1, lastLine));
    }

    private static void assertTextKept(ImportedDocument plan, List<String> lines) {
        String sections = plan.sections().stream().map(s -> s.outline() + s.heading() + s.body())
                .collect(Collectors.joining()).replaceAll(IGNORED, "");
        for (String line : lines) {
            assertThat(sections).contains(line.replaceAll(IGNORED, ""));
        }
    }

    /** The index of the tab-separated table in a seed, or the number of lines when it has none. */
    private static int tableStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\t")) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * A Word document with the lines as paragraphs and, when given, the items as a breakdown table laid
     * out like the seed's: a category or indicator cell left empty where Word merges it with the row above.
     */
    private static byte[] docx(List<String> lines, List<ProposedItem> items) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            if (!items.isEmpty()) {
                XWPFTable table = document.createTable();
                cells(table.getRow(0), "序号", "类别", "指标内容", "分数", "评分方法", "责任单位");
                String category = null;
                String indicator = null;
                for (ProposedItem item : items) {
                    boolean sameCategory = item.category().equals(category);
                    String lead = item.leadGroup() != null ? item.leadGroup().written() : item.leadUnit().name();
                    String units = lead + item.coopUnits().stream().map(unit -> "、" + unit.name())
                            .collect(Collectors.joining());
                    cells(table.createRow(), String.valueOf(item.seq() - 7), sameCategory ? "" : item.category(),
                            sameCategory && item.indicator().equals(indicator) ? "" : item.indicator(),
                            item.score().toPlainString(), item.scoringMethod(), units);
                    category = item.category();
                    indicator = item.indicator();
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void cells(XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            (c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell()).setText(texts[c]);
        }
    }

    private static DocumentWarning warning(DocumentWarning.Code code, String... values) {
        return DocumentWarning.of(code, (Object[]) values);
    }
}
