package org.planflow.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.plan.UnitRef;
import org.planflow.shared.document.SheetStyles;

/**
 * The work ledger (工作台账) as an Excel workbook: one row per supervised item with the lead unit's
 * measures, milestones and responsible person beside the latest progress, light and status, as the
 * supervision office circulates it. Its words are fixed Chinese: the ledger is a government document.
 */
public final class LedgerWorkbook {

    static final String SHEET_NAME = "工作台账";
    static final List<String> HEADERS = List.of("序号", "所属方案", "类别", "任务事项", "牵头单位", "配合单位", "工作举措",
            "时间节点", "责任人", "完成时限", "最新进展", "完成进度", "亮灯", "办理状态", "逾期", "指标完成情况");
    /** In Chinese characters; a character is two Excel width units. */
    private static final int[] COLUMN_WIDTHS = {3, 10, 6, 16, 7, 9, 18, 14, 5, 6, 18, 5, 3, 5, 3, 14};
    private static final int SEQ = 0;
    private static final int PLAN = 1;
    private static final int CATEGORY = 2;
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
    private static final int TARGETS = 15;
    private static final String UNIT_SEPARATOR = "、";
    private static final int TITLE_POINTS = 16;
    private static final float LINE_POINTS = 15f;
    private static final Map<Light, String> LIGHTS = Map.of(Light.GREEN, "绿灯", Light.YELLOW, "黄灯", Light.RED, "红灯");
    /** Excel's own "good", "neutral" and "bad" fills, which readers of such ledgers know. */
    private static final Map<Light, String> LIGHT_FILLS = Map.of(Light.GREEN, "C6EFCE", Light.YELLOW, "FFEB9C", Light.RED, "FFC7CE");
    private static final Map<ItemStatus, String> STATUSES = Map.of(ItemStatus.ASSIGNED, "已交办", ItemStatus.IN_PROGRESS, "推进中",
            ItemStatus.DONE_PENDING, "待销号", ItemStatus.CLOSED, "已销号");

    private LedgerWorkbook() {
    }

    /** The items as an .xlsx workbook: the title, the header row, one row per item in the given order. */
    public static byte[] write(String title, List<SupervisedItem> items, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            Styles styles = new Styles(workbook);
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title == null || title.isBlank() ? SHEET_NAME : title.strip());
            titleCell.setCellStyle(styles.title);
            titleCell.getRow().setHeightInPoints(TITLE_POINTS * 2);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 2 * 256);
            }
            fitHeight(header);
            SheetStyles.landscapeTable(sheet);
            // A ledger of dozens of items runs over pages: its title and header on every one.
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            int rowIndex = 2;
            for (SupervisedItem item : items) {
                writeItem(sheet.createRow(rowIndex++), item, styles, today);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the work ledger in memory", e);
        }
    }

    private static void writeItem(Row row, SupervisedItem item, Styles styles, LocalDate today) {
        for (int c = 0; c < HEADERS.size(); c++) {
            row.createCell(c).setCellStyle(styles.body);
        }
        if (item.seq() != null) {
            row.getCell(SEQ).setCellValue(item.seq());
            row.getCell(SEQ).setCellStyle(styles.centered);
        }
        SheetStyles.text(row, PLAN, item.planId() == null && item.source() != null ? item.source().label() : item.planTitle());
        SheetStyles.text(row, CATEGORY, item.category());
        SheetStyles.text(row, INDICATOR, item.indicator());
        SheetStyles.text(row, LEAD, item.leadUnit() == null ? null : item.leadUnit().name());
        SheetStyles.text(row, COOP, item.coopUnits().stream().map(UnitRef::name).collect(Collectors.joining(UNIT_SEPARATOR)));
        SheetStyles.text(row, MEASURES, item.measures());
        SheetStyles.text(row, MILESTONES, item.milestones().stream().map(m -> m.due() + " " + m.text()).collect(Collectors.joining("\n")));
        SheetStyles.text(row, RESPONSIBLE, item.responsible());
        if (item.dueDate() != null) {
            row.getCell(DUE).setCellValue(item.dueDate());
            row.getCell(DUE).setCellStyle(styles.date);
        }
        ProgressReport report = item.latestReport();
        if (report != null) {
            SheetStyles.text(row, PROGRESS, report.progress());
            if (report.percent() != null) {
                row.getCell(PERCENT).setCellValue(report.percent() / 100.0);
                row.getCell(PERCENT).setCellStyle(styles.percent);
            }
        }
        if (item.light() != null) {
            SheetStyles.text(row, LIGHT, LIGHTS.get(item.light()));
            row.getCell(LIGHT).setCellStyle(styles.lights.get(item.light()));
        }
        if (item.status() != null) {
            SheetStyles.text(row, STATUS, STATUSES.get(item.status()));
            row.getCell(STATUS).setCellStyle(styles.centered);
        }
        if (item.overdue()) {
            SheetStyles.text(row, OVERDUE, "是");
            row.getCell(OVERDUE).setCellStyle(styles.centered);
        }
        SheetStyles.text(row, TARGETS, ItemTargets.standings(item, today).stream().map(ItemTargets::describe)
                .collect(Collectors.joining("\n")));
        fitHeight(row);
    }

    /**
     * Sets the row's height to its longest wrapped text: a written row keeps the default height in
     * LibreOffice and often in Excel, so wrapped lines would overlap the next row.
     */
    private static void fitHeight(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), COLUMN_WIDTHS[cell.getColumnIndex()] * 2));
            }
        }
        row.setHeightInPoints(lines * LINE_POINTS + 3);
    }

    /** How many lines the text takes in a column this many width units wide; a Chinese character takes two. */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = paragraph.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
            lines += Math.max(1, (units + usable - 1) / usable);
        }
        return lines;
    }

    /** The cell styles of the ledger: bordered and wrapped, the header bold, one fill per light. */
    private static final class Styles {

        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle body;
        private final CellStyle centered;
        private final CellStyle date;
        private final CellStyle percent;
        private final Map<Light, CellStyle> lights = new EnumMap<>(Light.class);

        Styles(XSSFWorkbook workbook) {
            title = SheetStyles.title(workbook, TITLE_POINTS);
            header = SheetStyles.header(workbook);
            body = SheetStyles.bordered(workbook);
            centered = SheetStyles.centered(workbook);
            date = SheetStyles.formatted(workbook, SheetStyles.centered(workbook), "yyyy-mm-dd");
            percent = SheetStyles.formatted(workbook, SheetStyles.centered(workbook), "0%");
            for (Light light : Light.values()) {
                XSSFCellStyle style = (XSSFCellStyle) SheetStyles.centered(workbook);
                style.setFillForegroundColor(new XSSFColor(rgb(LIGHT_FILLS.get(light)), null));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                lights.put(light, style);
            }
        }

        private static byte[] rgb(String hex) {
            return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
                    (byte) Integer.parseInt(hex.substring(4, 6), 16)};
        }
    }
}
