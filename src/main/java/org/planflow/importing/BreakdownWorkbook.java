package org.planflow.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.document.SheetStyles;

/**
 * The breakdown table (任务分解表) as an Excel workbook, for drafters who edit it offline and for
 * circulating it with the plan. Reading is all or nothing: every bad cell is listed and no row is
 * taken, so a half-applied table never reaches supervision. Unknown unit names are not errors: they
 * come back unmatched, as with document import, for the drafter to resolve.
 */
public final class BreakdownWorkbook {

    static final List<String> HEADERS = List.of("序号", "类别", "指标/任务内容", "分值", "评分方法", "牵头单位", "配合单位", "完成时限",
            "报送频次", "进度节点", "量化指标");
    private static final int[] COLUMN_WIDTHS = {6, 18, 40, 8, 50, 18, 30, 12, 8, 30, 36};
    private static final String SHEET_NAME = "任务分解表";
    private static final String UNIT_SEPARATOR = "、";
    private static final int TITLE_POINTS = 14;

    private BreakdownWorkbook() {
    }

    /** The items as an .xlsx workbook: the plan's title, the header row, one row per item. */
    public static byte[] write(String planTitle, List<ProposedItem> items) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Styles styles = new Styles(workbook);
            int rowIndex = 0;
            if (planTitle != null && !planTitle.isBlank()) {
                Cell title = sheet.createRow(rowIndex++).createCell(0);
                title.setCellValue(planTitle.strip() + " 任务分解表");
                title.setCellStyle(styles.title);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            }
            Row header = sheet.createRow(rowIndex++);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256 * 2);
            }
            sheet.createFreezePane(0, rowIndex);
            for (ProposedItem item : items) {
                writeItem(sheet.createRow(rowIndex++), item, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the breakdown workbook in memory", e);
        }
    }

    /**
     * The items of the workbook's first sheet; refuses the file as a whole with a {@link BreakdownFileProblem}, throws
     * {@link BreakdownImportException} listing every bad row, and {@link TooLargeException} for a file over the limit.
     */
    public static List<ProposedItem> read(String fileName, byte[] xlsx, UnitMatcher matcher, UploadLimit limit) {
        if (xlsx == null || xlsx.length == 0) {
            throw BreakdownFileProblem.FILE_EMPTY.refusal();
        }
        limit.check(fileName, xlsx);
        try (Workbook workbook = open(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw BreakdownFileProblem.NO_SHEET.refusal();
            }
            return new BreakdownSheetReader(workbook.getSheetAt(0), matcher).read();
        } catch (IOException e) {
            throw BreakdownFileProblem.NOT_XLSX.refusal();
        }
    }

    private static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw BreakdownFileProblem.OLD_XLS.refusal();
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no workbook with several unchecked exceptions; to the user they are one problem.
            throw BreakdownFileProblem.NOT_XLSX.refusal();
        }
    }

    private static void writeItem(Row row, ProposedItem item, Styles styles) {
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellStyle(styles.body);
        }
        row.getCell(0).setCellValue(item.seq());
        SheetStyles.text(row, 1, item.category());
        SheetStyles.text(row, 2, item.indicator());
        if (item.score() != null) {
            row.getCell(3).setCellValue(item.score().doubleValue());
        }
        SheetStyles.text(row, 4, item.scoringMethod());
        SheetStyles.text(row, 5, item.leadGroup() != null ? item.leadGroup().written()
                : item.leadUnit() == null ? null : item.leadUnit().name());
        SheetStyles.text(row, 6, item.coopUnits().stream().map(ProposedUnit::name).collect(Collectors.joining(UNIT_SEPARATOR)));
        if (item.dueDate() != null) {
            row.getCell(7).setCellValue(item.dueDate());
            row.getCell(7).setCellStyle(styles.date);
        }
        SheetStyles.text(row, 8, TimeCells.cadence(item.cadence()));
        SheetStyles.text(row, 9, TimeCells.milestones(item.milestones()));
        SheetStyles.text(row, 10, TimeCells.targets(item.targets()));
    }

    /** The cell styles of a written table: bordered, wrapped, the header bold. */
    private static final class Styles {

        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle body;
        private final CellStyle date;

        Styles(Workbook workbook) {
            title = SheetStyles.title(workbook, TITLE_POINTS);
            header = SheetStyles.header(workbook);
            body = SheetStyles.bordered(workbook);
            date = SheetStyles.formatted(workbook, SheetStyles.bordered(workbook), "yyyy-mm-dd");
        }
    }
}
