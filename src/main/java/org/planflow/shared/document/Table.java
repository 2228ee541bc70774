package org.planflow.shared.document;

import java.util.List;

/** A ruled table with one header row, e.g. a plan's task breakdown. Short rows are padded with empty cells. */
public record Table(List<String> headers, List<List<String>> rows) {

    public Table {
        if (headers == null || headers.isEmpty()) {
            throw new IllegalArgumentException("A table needs headers");
        }
        headers = blanksForNulls(headers);
        rows = rows == null ? List.of() : rows.stream().map(Table::blanksForNulls).toList();
        for (List<String> row : rows) {
            if (row.size() > headers.size()) {
                throw new IllegalArgumentException("Row has more cells than headers: " + row);
            }
        }
    }

    private static List<String> blanksForNulls(List<String> cells) {
        return cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }
}
