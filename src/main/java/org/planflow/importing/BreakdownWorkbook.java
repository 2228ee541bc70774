package org.planflow.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
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

    private static final List<String> HEADERS = List.of("序号", "类别", "指标/任务内容", "分值", "评分方法", "牵头单位", "配合单位", "完成时限");
    private static final int[] COLUMN_WIDTHS = {6, 18, 40, 8, 50, 18, 30, 12};
    private static final String SHEET_NAME = "任务分解表";
    private static final String UNIT_SEPARATOR = "、";
    private static final int HEADER_SEARCH_ROWS = 10;
    /** A district plan has dozens of tasks; thousands of rows mean the wrong sheet or file. */
    private static final int MAX_ROWS = 2000;
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
     * The items of the workbook's first sheet; throws {@link BreakdownImportException} listing every
     * problem, and {@link TooLargeException} for a file over the limit.
     */
    public static List<ProposedItem> read(String fileName, byte[] xlsx, UnitMatcher matcher, UploadLimit limit) {
        if (xlsx == null || xlsx.length == 0) {
            throw new BreakdownImportException("The file is empty; import the breakdown table as an .xlsx workbook");
        }
        limit.check(fileName, xlsx);
        try (Workbook workbook = open(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BreakdownImportException("The workbook has no sheet");
            }
            return new SheetReader(workbook.getSheetAt(0), matcher).read();
        } catch (IOException e) {
            throw new BreakdownImportException("The file is not a readable .xlsx workbook");
        }
    }

    private static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new BreakdownImportException("The file is an old .xls workbook; save it as .xlsx (Excel Workbook) and import it again");
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no workbook with several unchecked exceptions; to the user they are one problem.
            throw new BreakdownImportException("The file is not an .xlsx workbook; import the breakdown table saved as .xlsx");
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
        SheetStyles.text(row, 5, item.leadUnit() == null ? null : item.leadUnit().name());
        SheetStyles.text(row, 6, item.coopUnits().stream().map(ProposedUnit::name).collect(Collectors.joining(UNIT_SEPARATOR)));
        if (item.dueDate() != null) {
            row.getCell(7).setCellValue(item.dueDate());
            row.getCell(7).setCellStyle(styles.date);
        }
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

    /** Reads one sheet: finds the header, then checks every row before any item is returned. */
    private static final class SheetReader {

        private final Sheet sheet;
        private final UnitMatcher matcher;
        private final DataFormatter formatter = new DataFormatter();
        private final Map<BreakdownColumn, Integer> columns = new EnumMap<>(BreakdownColumn.class);
        private final Map<BreakdownColumn, String> headers = new EnumMap<>(BreakdownColumn.class);
        private final List<RowError> errors = new ArrayList<>();

        SheetReader(Sheet sheet, UnitMatcher matcher) {
            this.sheet = sheet;
            this.matcher = matcher;
        }

        List<ProposedItem> read() {
            int header = findHeader();
            if (header < 0) {
                throw new BreakdownImportException("No header row found: the first rows of the first sheet must name the columns "
                        + String.join(", ", HEADERS) + " (at least 指标/任务内容 and 牵头单位 or 责任单位)");
            }
            List<ProposedItem> items = new ArrayList<>();
            int rows = 0;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row)) {
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    throw new BreakdownImportException("The table has more than " + MAX_ROWS + " rows; is this the breakdown table?");
                }
                ProposedItem item = item(row, items.isEmpty() ? 0 : items.get(items.size() - 1).seq());
                if (item != null) {
                    items.add(item);
                }
            }
            if (!errors.isEmpty()) {
                throw new BreakdownImportException(errors);
            }
            if (rows == 0) {
                throw new BreakdownImportException("The table has a header row but no tasks below it");
            }
            return items;
        }

        private int findHeader() {
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    texts.add(text(row, c));
                }
                List<BreakdownColumn> found = BreakdownColumn.of(texts);
                boolean units = found.contains(BreakdownColumn.LEAD) || found.contains(BreakdownColumn.RESPONSIBLE);
                if (found.contains(BreakdownColumn.INDICATOR) && units) {
                    for (int c = 0; c < found.size(); c++) {
                        if (found.get(c) != null && !columns.containsKey(found.get(c))) {
                            columns.put(found.get(c), c);
                            headers.put(found.get(c), texts.get(c));
                        }
                    }
                    return r;
                }
            }
            return -1;
        }

        /** The row's item, or null when a cell is wrong (the problem is recorded). */
        private ProposedItem item(Row row, int previousSeq) {
            int errorsBefore = errors.size();
            int seq = seq(row, previousSeq);
            String indicator = value(row, BreakdownColumn.INDICATOR);
            if (indicator.isEmpty()) {
                error(row, BreakdownColumn.INDICATOR, RowError.Problem.TASK_EMPTY);
            }
            BigDecimal score = score(row);
            LocalDate due = due(row);
            List<String> units = new ArrayList<>(UnitNames.split(value(row, BreakdownColumn.LEAD)));
            units.addAll(UnitNames.split(value(row, BreakdownColumn.RESPONSIBLE)));
            if (units.isEmpty()) {
                error(row, columns.containsKey(BreakdownColumn.LEAD) ? BreakdownColumn.LEAD : BreakdownColumn.RESPONSIBLE,
                        RowError.Problem.LEAD_UNIT_EMPTY);
            }
            units.addAll(UnitNames.split(value(row, BreakdownColumn.COOP)));
            if (errors.size() > errorsBefore) {
                return null;
            }
            UnitAssignment assigned = UnitAssignment.of(units.subList(0, 1), units.subList(1, units.size()), matcher);
            return new ProposedItem(seq, emptyToNull(value(row, BreakdownColumn.CATEGORY)), indicator, score,
                    emptyToNull(value(row, BreakdownColumn.METHOD)), assigned.lead(), assigned.coops(), due);
        }

        /** The number in the 序号 column, or the next one when the cell is empty. */
        private int seq(Row row, int previous) {
            Cell cell = cell(row, BreakdownColumn.SEQ);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                double number = cell.getNumericCellValue();
                if (number == Math.rint(number) && number >= 1 && number <= Integer.MAX_VALUE) {
                    return (int) number;
                }
            }
            String text = value(row, BreakdownColumn.SEQ);
            if (text.isEmpty()) {
                return previous + 1;
            }
            if (text.matches("\\d{1,9}") && Integer.parseInt(text) >= 1) {
                return Integer.parseInt(text);
            }
            error(row, BreakdownColumn.SEQ, RowError.Problem.SEQ_NOT_WHOLE_NUMBER, text);
            return previous + 1;
        }

        private BigDecimal score(Row row) {
            Cell cell = cell(row, BreakdownColumn.SCORE);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                BigDecimal score = Values.normalise(new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())));
                if (score.signum() < 0) {
                    error(row, BreakdownColumn.SCORE, RowError.Problem.SCORE_NEGATIVE);
                }
                return score;
            }
            String text = value(row, BreakdownColumn.SCORE);
            try {
                return Values.score(text);
            } catch (IllegalArgumentException e) {
                error(row, BreakdownColumn.SCORE, RowError.Problem.SCORE_NOT_NUMBER, text);
                return null;
            }
        }

        private LocalDate due(Row row) {
            Cell cell = cell(row, BreakdownColumn.DUE);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String text = value(row, BreakdownColumn.DUE);
            try {
                return Values.date(text);
            } catch (IllegalArgumentException e) {
                error(row, BreakdownColumn.DUE, RowError.Problem.DUE_NOT_DATE, text);
                return null;
            }
        }

        private void error(Row row, BreakdownColumn column, RowError.Problem problem, String... values) {
            errors.add(new RowError(row.getRowNum() + 1, headers.get(column), problem, values));
        }

        private Cell cell(Row row, BreakdownColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.getCell(index);
        }

        private String value(Row row, BreakdownColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : text(row, index);
        }

        private String text(Row row, int column) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                return "";
            }
            // a formula's last result, as Excel shows it
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            String text = switch (type) {
                case STRING -> cell.getRichStringCellValue().getString();
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> formatter.formatCellValue(cell);
            };
            return text.strip();
        }

        private boolean blank(Row row) {
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                if (!text(row, c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private static String emptyToNull(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}
