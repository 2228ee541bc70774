package org.planflow.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a breakdown table found in a document, read leniently: the drafter reviews the proposal,
 * so a doubtful cell becomes a warning, not a refusal. Merged cells arrive empty and take the value of
 * the row above within the same category.
 */
final class TableItems {

    /** Header rows sit at the top, under at most a caption row or two. */
    private static final int HEADER_SEARCH_ROWS = 3;
    private static final Pattern TIME_IN_WORDS = Pattern.compile("年|月|季度|长期|每");

    private final List<ParsedItem> items = new ArrayList<>();
    private final List<DocumentWarning> warnings = new ArrayList<>();

    private TableItems() {
    }

    /** The index of the header row of a breakdown table, or -1 when the table is not one. */
    static int headerRow(List<List<String>> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            if (BreakdownColumn.isBreakdownHeader(BreakdownColumn.of(rows.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The items of a table whose {@link #headerRow} is at {@code header}. */
    static TableItems read(List<List<String>> rows, int header) {
        TableItems table = new TableItems();
        table.readRows(BreakdownColumn.of(rows.get(header)), rows.subList(header + 1, rows.size()));
        return table;
    }

    List<ParsedItem> items() {
        return items;
    }

    List<DocumentWarning> warnings() {
        return warnings;
    }

    private void readRows(List<BreakdownColumn> columns, List<List<String>> rows) {
        String category = null;
        String indicatorCell = "";
        Units units = Units.NONE;
        int number = 0;
        for (List<String> raw : rows) {
            List<String> row = align(raw, columns);
            if (row.stream().allMatch(String::isEmpty) || BreakdownColumn.of(row).equals(columns)) {
                continue; // an empty row, or the header repeated after a page break
            }
            number++;
            String categoryCell = cell(row, columns, BreakdownColumn.CATEGORY);
            boolean continued = categoryCell.isEmpty();
            if (!continued) {
                category = Values.withoutTrailingPoints(categoryCell);
            }
            String method = cell(row, columns, BreakdownColumn.METHOD);
            String indicator = cell(row, columns, BreakdownColumn.INDICATOR);
            if (indicator.isEmpty() && continued) {
                indicator = indicatorCell;
            } else {
                indicatorCell = indicator;
            }
            if (indicator.isEmpty()) {
                indicator = firstRequirement(method);
            }
            if (indicator.isEmpty()) {
                warnings.add(DocumentWarning.of(DocumentWarning.Code.TABLE_ROW_WITHOUT_TASK, number));
                continue;
            }
            Units rowUnits = units(row, columns);
            if (rowUnits.leads().isEmpty()) {
                rowUnits = units; // merged with the row above
            }
            units = rowUnits;
            items.add(new ParsedItem(emptyToNull(category), indicator, score(row, columns, method, number),
                    emptyToNull(method), rowUnits.leads(), rowUnits.coops(), due(row, columns, number),
                    String.join("\n", cell(row, columns, BreakdownColumn.DUE), indicator, method)));
        }
    }

    /**
     * A row with one cell fewer than the header lacks its score cell (bonus rows of a scored table merge
     * it away); shorter rows are filled up at the end.
     */
    private static List<String> align(List<String> raw, List<BreakdownColumn> columns) {
        List<String> row = new ArrayList<>(raw.stream().map(cell -> cell == null ? "" : cell.strip()).toList());
        int score = columns.indexOf(BreakdownColumn.SCORE);
        if (row.size() == columns.size() - 1 && score >= 0) {
            row.add(score, "");
        }
        while (row.size() < columns.size()) {
            row.add("");
        }
        return row;
    }

    private static String cell(List<String> row, List<BreakdownColumn> columns, BreakdownColumn column) {
        int index = columns.indexOf(column);
        return index < 0 ? "" : row.get(index);
    }

    /**
     * Every unit of the 牵头 column leads; without one, the first responsible unit (责任单位, else 配合) leads.
     * The other units cooperate.
     */
    private static Units units(List<String> row, List<BreakdownColumn> columns) {
        List<String> leads = new ArrayList<>(UnitNames.split(cell(row, columns, BreakdownColumn.LEAD)));
        List<String> coops = new ArrayList<>(UnitNames.split(cell(row, columns, BreakdownColumn.RESPONSIBLE)));
        coops.addAll(UnitNames.split(cell(row, columns, BreakdownColumn.COOP)));
        if (leads.isEmpty() && !coops.isEmpty()) {
            leads.add(coops.remove(0));
        }
        return new Units(leads, coops);
    }

    /** The units of a row: the leads and the cooperating ones. */
    private record Units(List<String> leads, List<String> coops) {

        static final Units NONE = new Units(List.of(), List.of());
    }

    private BigDecimal score(List<String> row, List<BreakdownColumn> columns, String method, int number) {
        String cell = cell(row, columns, BreakdownColumn.SCORE);
        if (cell.isEmpty()) {
            return Values.pointsIn(method);
        }
        try {
            return Values.score(cell);
        } catch (IllegalArgumentException e) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.TABLE_ROW_BAD_SCORE, number, cell));
            return null;
        }
    }

    private LocalDate due(List<String> row, List<BreakdownColumn> columns, int number) {
        String cell = cell(row, columns, BreakdownColumn.DUE);
        try {
            return Values.date(cell);
        } catch (IllegalArgumentException e) {
            // a time in words (2027年6月底前, 长期坚持, 每季度) is read with the item's text, in the plan's period
            if (!TIME_IN_WORDS.matcher(cell).find()) {
                warnings.add(DocumentWarning.of(DocumentWarning.Code.TABLE_ROW_BAD_DATE, number, cell));
            }
            return null;
        }
    }

    /** What a row without a task column asks for: its scoring method up to the first points or full stop. */
    private static String firstRequirement(String method) {
        String text = method.split("[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[）)]|。", 2)[0];
        return text.replaceAll("[，,；;：:]+$", "").strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
