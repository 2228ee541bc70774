package org.planflow.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.planflow.shared.FileRefusedException;
import org.planflow.shared.document.SheetStyles;

/**
 * An assessment method as .xlsx: written with a title, the header and one indicator a row (the template is the
 * same without rows), and read back from a sheet whose header has at least 指标 and 分值; units are written by name,
 * several in one cell separated by 、.
 */
final class MethodWorkbook {

    static final String UNIT_SEPARATOR = "、";
    private static final String UNIT_SPLIT = "[、，,；;\\s]+";
    private static final Set<String> YES = Set.of("是", "√", "✓", "Y", "YES", "TRUE", "1");
    private static final int HEADER_SEARCH_ROWS = 10;
    /** A method has dozens of indicators; thousands of rows mean the wrong sheet. */
    private static final int MAX_ROWS = 500;
    private static final int[] WIDTHS = {18, 30, 8, 60, 30, 8};

    private MethodWorkbook() {
    }

    /** The rows read, each with its Excel row number, and the cells that could not be read at all. */
    record Read(List<MethodIndicator> indicators, List<Integer> rows, List<MethodRowError> errors) {
    }

    static byte[] write(String planTitle, BigDecimal total, List<MethodIndicator> indicators, Function<String, String> unitName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考核办法");
            CellStyle body = SheetStyles.bordered(workbook);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(planTitle + " 考核办法（满分" + total.toPlainString() + "分，加分项另计）");
            title.getCell(0).setCellStyle(SheetStyles.title(workbook, 14));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, MethodColumn.values().length - 1));
            Row header = sheet.createRow(1);
            CellStyle headerStyle = SheetStyles.header(workbook);
            for (MethodColumn column : MethodColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
                header.getCell(column.ordinal()).setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), WIDTHS[column.ordinal()] * 256);
            }
            for (int i = 0; i < indicators.size(); i++) {
                MethodIndicator indicator = indicators.get(i);
                Row row = sheet.createRow(2 + i);
                for (MethodColumn column : MethodColumn.values()) {
                    row.createCell(column.ordinal()).setCellStyle(body);
                }
                SheetStyles.text(row, MethodColumn.CATEGORY.ordinal(), indicator.category());
                SheetStyles.text(row, MethodColumn.NAME.ordinal(), indicator.name());
                row.getCell(MethodColumn.POINTS.ordinal()).setCellValue(indicator.points().doubleValue());
                SheetStyles.text(row, MethodColumn.SCORING_METHOD.ordinal(), indicator.scoringMethod());
                SheetStyles.text(row, MethodColumn.UNITS.ordinal(),
                        indicator.responsibleUnits().stream().map(unitName).collect(Collectors.joining(UNIT_SEPARATOR)));
                SheetStyles.text(row, MethodColumn.BONUS.ordinal(), indicator.isBonus() ? "是" : null);
            }
            SheetStyles.landscapeTable(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw AssessmentProblem.FILE_EMPTY.at(FileRefusedException.FIELD);
        }
        try (Workbook workbook = open(xlsx)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw AssessmentProblem.METHOD_NO_HEADER.at(FileRefusedException.FIELD, headers());
            }
            return read(workbook.getSheetAt(0));
        } catch (IOException e) {
            throw AssessmentProblem.NOT_XLSX.at(FileRefusedException.FIELD);
        }
    }

    private static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no workbook with several unchecked exceptions; to the user they are one problem.
            throw AssessmentProblem.NOT_XLSX.at(FileRefusedException.FIELD);
        }
    }

    private static Read read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        Map<MethodColumn, Integer> columns = new EnumMap<>(MethodColumn.class);
        int header = -1;
        for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS) && header < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            columns.clear();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String text = text(formatter, row, c);
                for (MethodColumn column : MethodColumn.values()) {
                    if (column.header().equals(text)) {
                        columns.putIfAbsent(column, c);
                    }
                }
            }
            if (columns.containsKey(MethodColumn.NAME) && columns.containsKey(MethodColumn.POINTS)) {
                header = r;
            }
        }
        if (header < 0) {
            throw AssessmentProblem.METHOD_NO_HEADER.at(FileRefusedException.FIELD, headers());
        }
        List<MethodIndicator> indicators = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<MethodRowError> errors = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || columns.values().stream().allMatch(c -> text(formatter, row, c) == null)) {
                continue;
            }
            if (indicators.size() == MAX_ROWS) {
                throw AssessmentProblem.METHOD_TOO_MANY_ROWS.at(FileRefusedException.FIELD, MAX_ROWS);
            }
            BigDecimal points = null;
            String pointsText = cell(formatter, row, columns, MethodColumn.POINTS);
            if (pointsText != null) {
                try {
                    points = new BigDecimal(pointsText.replace("分", "").strip());
                } catch (NumberFormatException e) {
                    errors.add(new MethodRowError(r + 1, MethodColumn.POINTS.header(), AssessmentProblem.NOT_A_NUMBER.name(),
                            List.of(pointsText)));
                }
            }
            String units = cell(formatter, row, columns, MethodColumn.UNITS);
            String bonus = cell(formatter, row, columns, MethodColumn.BONUS);
            indicators.add(new MethodIndicator(cell(formatter, row, columns, MethodColumn.CATEGORY),
                    cell(formatter, row, columns, MethodColumn.NAME), points, cell(formatter, row, columns, MethodColumn.SCORING_METHOD),
                    units == null ? List.of() : List.of(units.split(UNIT_SPLIT)), bonus != null && YES.contains(bonus.toUpperCase())));
            rows.add(r + 1);
        }
        if (indicators.isEmpty()) {
            throw AssessmentProblem.METHOD_NO_ROWS.at(FileRefusedException.FIELD);
        }
        return new Read(indicators, rows, errors);
    }

    private static String cell(DataFormatter formatter, Row row, Map<MethodColumn, Integer> columns, MethodColumn column) {
        Integer c = columns.get(column);
        return c == null ? null : text(formatter, row, c);
    }

    private static String text(DataFormatter formatter, Row row, int c) {
        Cell cell = row.getCell(c);
        if (cell == null) {
            return null;
        }
        String text = cell.getCellType() == CellType.NUMERIC ? NumberToTextConverter.toText(cell.getNumericCellValue())
                : formatter.formatCellValue(cell);
        return MethodRules.text(text);
    }

    private static String headers() {
        return Arrays.stream(MethodColumn.values()).map(MethodColumn::header).collect(Collectors.joining(", "));
    }
}
