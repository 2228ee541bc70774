package org.planflow.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.plan.UnitRef;
import org.planflow.shared.Formats;
import org.planflow.shared.document.Attachment;
import org.planflow.shared.document.OfficialDocument;
import org.planflow.shared.document.OfficialDocuments;
import org.planflow.shared.document.SheetStyles;
import org.planflow.shared.document.Table;

/**
 * The documents of an assessment, in fixed Chinese as government documents are: the 通报 of the results, the
 * self-evaluation report (自评报告, red-headed .docx with the filled table as its attachment) and the scoring table
 * (.xlsx) with the self-scores, the office's scores and reasons.
 */
final class AssessmentDocuments {

    static final List<String> TABLE_HEADERS = List.of("序号", "类别", "指标内容", "分值", "责任单位", "自评分", "评定分", "说明");
    private static final int[] COLUMN_WIDTHS = {3, 8, 24, 4, 14, 5, 5, 24};
    private static final int SCORE_COLUMN = 3;
    private static final int TITLE_POINTS = 16;

    private AssessmentDocuments() {
    }

    static String bulletinTitle(Assessment assessment) {
        return "关于《" + assessment.planTitle() + "》" + assessment.year() + "年度考核结果的通报";
    }

    /** The 通报's text: the district's scores, what lost points, the units' ranking. */
    static String bulletinText(AssessmentResult result) {
        Assessment assessment = result.assessment();
        AssessmentResult.District district = result.district();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("根据《" + assessment.planTitle() + "》任务分解表，区政府督查室组织开展了" + assessment.year()
                + "年度考核。经各责任单位自评、督查室评定、区政府领导审定，现将考核结果通报如下。");
        paragraphs.add("一、总体得分");
        paragraphs.add("基础分得分" + plain(district.base()) + "分（满分" + plain(district.baseMax()) + "分），加分项得分"
                + plain(district.bonus()) + "分（满分" + plain(district.bonusMax()) + "分），合计" + plain(district.total()) + "分。其中："
                + district.categories().stream().map(category -> category.name() + plain(category.score()) + "分（满分"
                        + plain(category.max()) + "分）").collect(Collectors.joining("；")) + "。");
        paragraphs.add("二、失分情况");
        if (result.lost().isEmpty()) {
            paragraphs.add("各项指标均得满分。");
        }
        for (AssessmentResult.LostPoints lost : result.lost()) {
            paragraphs.add(lost.itemSeq() + ". " + lost.indicator() + "：应得" + plain(lost.max()) + "分，得" + plain(lost.score()) + "分"
                    + (lost.reason() == null || lost.reason().isBlank() ? "。" : "，" + lost.reason() + "。"));
        }
        paragraphs.add("三、各单位得分情况");
        for (AssessmentResult.UnitResult unit : result.units()) {
            paragraphs.add("第" + unit.rank() + "名 " + unit.unit().name() + "：得分" + plain(unit.achieved()) + "分/应得" + plain(unit.possible())
                    + "分，得分率" + percent(unit.rate()) + "，按时报送率" + (unit.onTimeRate() == null ? "—" : percent(
                    BigDecimal.valueOf(unit.onTimeRate()))) + "。");
        }
        paragraphs.add("四、下一步工作");
        paragraphs.add("各单位要对照失分指标逐项分析原因，制定整改措施，切实补齐短板，确保下一年度考核各项指标全面达标。");
        return String.join("\n", paragraphs);
    }

    /** The self-evaluation report as the district sends it up: its text, and the filled scoring table as attachment. */
    static byte[] selfEvaluationReport(AssessmentResult result, List<ScoredIndicator> indicators, AssessmentProperties properties) {
        Assessment assessment = result.assessment();
        LocalDate date = LocalDate.ofInstant(Objects.requireNonNullElse(assessment.approvedAt(), assessment.openedAt()),
                Formats.DISTRICT_ZONE);
        String title = "关于" + assessment.year() + "年度《" + assessment.planTitle() + "》\n实施情况的自评报告";
        Table table = new Table(TABLE_HEADERS, indicators.stream().map(AssessmentDocuments::cells).toList());
        return OfficialDocuments.docx(new OfficialDocument(properties.mark(), Objects.requireNonNullElse(assessment.docNumber(), ""),
                title, null, bulletinText(result), properties.issuer(), date, null, properties.issuer(), date,
                List.of(new Attachment(assessment.year() + "年度考核评分表", List.of(), table))));
    }

    /** The scoring table: one row per indicator, then the base, bonus and total lines. */
    static byte[] scoringTable(AssessmentResult result, List<ScoredIndicator> indicators) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考核评分表");
            CellStyle body = SheetStyles.bordered(workbook);
            CellStyle header = SheetStyles.header(workbook);
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(result.assessment().planTitle() + " " + result.assessment().year() + "年度考核评分表");
            titleCell.setCellStyle(SheetStyles.title(workbook, TITLE_POINTS));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, TABLE_HEADERS.size() - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < TABLE_HEADERS.size(); c++) {
                head.createCell(c).setCellValue(TABLE_HEADERS.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 2 * 256);
            }
            int r = 2;
            for (ScoredIndicator scored : indicators) {
                write(sheet.createRow(r++), cells(scored), body);
            }
            AssessmentResult.District district = result.district();
            write(sheet.createRow(r++), totalLine("基础分", district.baseMax(), district.base()), body);
            write(sheet.createRow(r++), totalLine("加分项", district.bonusMax(), district.bonus()), body);
            write(sheet.createRow(r), totalLine("合计", district.baseMax().add(district.bonusMax()), district.total()), body);
            SheetStyles.landscapeTable(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the scoring table in memory", e);
        }
    }

    private static List<String> cells(ScoredIndicator scored) {
        Indicator indicator = scored.indicator();
        String note = scored.reason() != null ? scored.reason() : Objects.requireNonNullElse(scored.explanation(),
                scored.selfScore() == null ? "未自评" : "");
        return List.of(String.valueOf(indicator.itemSeq()), indicator.category(), indicator.name(), plain(indicator.maxPoints()),
                indicator.responsibleUnits().stream().map(UnitRef::name).collect(Collectors.joining("、")),
                scored.selfScore() == null ? "" : plain(scored.selfScore()), plain(scored.finalScore()), note);
    }

    private static List<String> totalLine(String label, BigDecimal max, BigDecimal score) {
        return List.of("", label, "", plain(max), "", "", plain(score), "");
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            String value = cells.get(c);
            if (c >= SCORE_COLUMN && !value.isEmpty() && value.matches("\\d+(\\.\\d+)?") && c != 0) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                SheetStyles.text(row, c, value);
            }
        }
    }

    private static String plain(BigDecimal points) {
        return Points.of(points).toPlainString();
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "—" : Points.of(rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)).toPlainString() + "%";
    }
}
