package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;

/**
 * Reads one sheet of a breakdown table: finds the header, then checks every row before any item is returned, so
 * a file with a bad cell is refused with every bad cell listed.
 */
final class BreakdownSheetReader {

    private static final int HEADER_SEARCH_ROWS = 10;
    /** A district plan has dozens of tasks; thousands of rows mean the wrong sheet or file. */
    private static final int MAX_ROWS = 2000;

    private final Sheet sheet;
    private final UnitMatcher matcher;
    private final DataFormatter formatter = new DataFormatter();
    private final Map<BreakdownColumn, Integer> columns = new EnumMap<>(BreakdownColumn.class);
    private final Map<BreakdownColumn, String> headers = new EnumMap<>(BreakdownColumn.class);
    private final List<RowError> errors = new ArrayList<>();

    BreakdownSheetReader(Sheet sheet, UnitMatcher matcher) {
        this.sheet = sheet;
        this.matcher = matcher;
    }

    List<ProposedItem> read() {
        int header = findHeader();
        if (header < 0) {
            throw BreakdownFileProblem.NO_HEADER.refusal(String.join(", ", BreakdownWorkbook.HEADERS));
        }
        List<ProposedItem> items = new ArrayList<>();
        int rows = 0;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            if (++rows > MAX_ROWS) {
                throw BreakdownFileProblem.TOO_MANY_ROWS.refusal(MAX_ROWS);
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
            throw BreakdownFileProblem.NO_TASKS.refusal();
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
        Cadence cadence = cadence(row);
        List<Milestone> milestones = milestones(row);
        List<Target> targets = targets(row);
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
                emptyToNull(value(row, BreakdownColumn.METHOD)), assigned.lead(), assigned.coops(), due, assigned.leadGroup(),
                milestones, cadence, targets);
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

    private Cadence cadence(Row row) {
        try {
            return TimeCells.cadence(value(row, BreakdownColumn.CADENCE));
        } catch (TimeCells.NotRead e) {
            error(row, BreakdownColumn.CADENCE, RowError.Problem.CADENCE_UNKNOWN, e.text());
            return null;
        }
    }

    private List<Milestone> milestones(Row row) {
        try {
            return TimeCells.milestones(value(row, BreakdownColumn.MILESTONES));
        } catch (TimeCells.NotRead e) {
            error(row, BreakdownColumn.MILESTONES, RowError.Problem.MILESTONE_NOT_READ, e.text());
            return List.of();
        }
    }

    private List<Target> targets(Row row) {
        try {
            return TimeCells.targets(value(row, BreakdownColumn.TARGETS));
        } catch (TimeCells.NotRead e) {
            error(row, BreakdownColumn.TARGETS, RowError.Problem.TARGET_NOT_READ, e.text());
            return List.of();
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
