package org.planflow.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class OfficialDocumentTest {

    private static XWPFDocument docx;
    private static List<XWPFParagraph> paragraphs;

    @BeforeAll
    static void write_and_read_back_the_sample() throws IOException {
        byte[] bytes = OfficialDocuments.docx(SampleDocuments.issuanceNotice());
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        paragraphs = docx.getParagraphs();
    }

    @Test
    void the_page_is_a4_with_the_margins_of_gb_t_9704() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
        CTPageMar margins = section.getPgMar();
        assertThat(twips(margins.getTop())).isEqualTo(2098);
        assertThat(twips(margins.getLeft())).isEqualTo(1588);
        assertThat(11906 - twips(margins.getLeft()) - twips(margins.getRight())).as("156 mm text width").isEqualTo(8844);
        assertThat(16838 - twips(margins.getTop()) - twips(margins.getBottom())).as("225 mm text height").isEqualTo(12756);
        assertThat(22 * twips(section.getDocGrid().getLinePitch())).as("22 lines fit").isLessThanOrEqualTo(12756);
    }

    @Test
    void the_header_is_red_and_the_number_sits_under_it() {
        XWPFRun mark = paragraphs.get(0).getRuns().get(0);
        assertThat(mark.text()).isEqualTo(SampleDocuments.MARK);
        assertThat(mark.getColor()).isEqualTo("FF0000");
        assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);

        XWPFParagraph number = paragraphs.get(1);
        assertThat(number.getText()).isEqualTo(SampleDocuments.NUMBER);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void a_red_rule_separates_the_header_from_the_body() {
        CTBorder rule = paragraphs.get(1).getCTP().getPPr().getPBdr().getBottom();
        assertThat(rule.xgetColor().getStringValue()).isEqualTo("FF0000");
        assertThat(rule.getVal().toString()).isEqualTo("single");
    }

    @Test
    void the_title_is_22_point_xiaobiaosong_centred() {
        XWPFParagraph title = paragraph(SampleDocuments.TITLE);
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        XWPFRun run = title.getRuns().get(0);
        assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
        assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
    }

    @Test
    void the_body_is_16_point_fangsong_indented_two_characters() {
        XWPFParagraph body = paragraphs.stream().filter(p -> p.getText().startsWith("《某某区2026年度")).findFirst().orElseThrow();
        assertThat(body.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
        for (XWPFRun run : body.getRuns()) {
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo("Times New Roman");
            assertThat(run.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        }
        assertThat(paragraph("各乡镇人民政府、街道办事处，区政府各部门：").getCTP().getPPr().getInd()).as("addressees flush left").isNull();
    }

    @Test
    void the_signature_and_the_date_in_arabic_numerals_close_the_main_text() {
        XWPFParagraph date = paragraph("2026年12月1日");
        assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        XWPFParagraph signature = paragraphs.get(paragraphs.indexOf(date) - 1);
        assertThat(signature.getText()).isEqualTo("某某区人民政府办公室");
        assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(paragraph("附件：某某区2026年度优化营商环境实施方案")).isNotNull();
    }

    @Test
    void the_attachment_starts_a_new_page_under_its_label() {
        XWPFParagraph label = paragraph("附件");
        assertThat(label.isPageBreak()).isTrue();
        assertThat(label.getRuns().get(0).getFontFamily(FontCharRange.eastAsia)).isEqualTo("黑体");
        XWPFParagraph title = paragraphs.get(paragraphs.indexOf(label) + 1);
        assertThat(title.getText()).isEqualTo("某某区2026年度优化营商环境实施方案");
        assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
    }

    @Test
    void headings_take_the_face_of_their_level() {
        assertThat(eastAsiaFont("一、总体要求")).isEqualTo("黑体");
        assertThat(eastAsiaFont("二、重点任务")).isEqualTo("黑体");
        assertThat(eastAsiaFont("（二）工作目标")).isEqualTo("楷体_GB2312");
        assertThat(eastAsiaFont("1.提升开办效率。推行企业开办“一网通办”，全程网上办理。")).isEqualTo("仿宋_GB2312");
        XWPFParagraph runIn = paragraph("（一）指导思想。坚持以人民为中心的发展思想，以市场主体需求为导向，深化“放管服”改革。");
        assertThat(runIn.getRuns()).extracting(run -> run.getFontFamily(FontCharRange.eastAsia))
                .containsExactly("楷体_GB2312", "仿宋_GB2312");
    }

    @Test
    void the_breakdown_table_has_a_bold_header_and_its_rows() {
        XWPFTable table = docx.getTables().get(0);
        assertThat(table.getRows()).hasSize(4);
        assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                .containsExactly("序号", "类别", "任务/指标", "分值", "评分方法", "牵头单位", "配合单位", "完成时限");
        assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(table.getRow(1).getCell(2).getText()).isEqualTo(SampleDocuments.INDICATOR);
        assertThat(table.getRow(1).getCell(5).getText()).isEqualTo(SampleDocuments.LEAD_UNIT);
        assertThat(table.getRow(3).getCell(6).getText()).isEqualTo("区财政局");
    }

    @Test
    void the_indicator_and_method_columns_are_widest_and_the_table_fills_the_text_width() {
        int[] widths = ColumnWidths.of(SampleDocuments.breakdown(), 10.5, 8844, 57).twips();
        assertThat(Arrays.stream(widths).sum()).isEqualTo(8844);
        int[] sorted = Arrays.stream(widths).sorted().toArray();
        assertThat(List.of(widths[2], widths[4])).containsExactlyInAnyOrder(sorted[7], sorted[6]);
        assertThat(widths[0]).as("序号").isEqualTo(sorted[0]);
    }

    @Test
    void the_colophon_lists_copies_and_the_printing_line_between_black_rules() {
        XWPFTable colophon = docx.getTables().get(docx.getTables().size() - 1);
        assertThat(colophon.getRow(0).getCell(0).getText()).isEqualTo("抄送：区委办公室，区人大常委会办公室，区政协办公室。");
        assertThat(colophon.getRow(1).getCell(0).getText()).isEqualTo("某某区人民政府办公室\t2026年12月1日印发");
        var borders = colophon.getCTTbl().getTblPr().getTblBorders();
        assertThat(borders.getTop().xgetColor().getStringValue()).isEqualTo("000000");
        assertThat(borders.getBottom().xgetColor().getStringValue()).isEqualTo("000000");
        assertThat(borders.getInsideH().xgetColor().getStringValue()).isEqualTo("000000");
    }

    @Test
    void the_footer_numbers_pages_between_dashes() {
        assertThat(docx.getFooterList()).isNotEmpty().allSatisfy(footer -> {
            assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("fldChar", "PAGE");
            assertThat(footer.getText().strip()).startsWith("— ").endsWith(" —");
        });
    }

    private static XWPFParagraph paragraph(String text) {
        return paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph reads " + text));
    }

    private static String eastAsiaFont(String text) {
        return paragraph(text).getRuns().get(0).getFontFamily(FontCharRange.eastAsia);
    }

    private static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }
}
