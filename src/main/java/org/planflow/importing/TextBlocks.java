package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of a plain-text plan. A table copied out of Word arrives as one cell per line, each
 * starting with a tab, with wrapped cell text on lines of its own (seed 004's 任务分解表); such a table
 * becomes a table block when its header is that of a breakdown table, every other line a line block.
 */
final class TextBlocks {

    private TextBlocks() {
    }

    static List<Block> read(String text) {
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            List<String> header = isCell(lines[i]) ? headerCells(lines, i) : List.of();
            if (!header.isEmpty() && BreakdownColumn.isBreakdownHeader(BreakdownColumn.of(header))) {
                i = readTable(lines, i + header.size(), header, blocks);
            } else {
                blocks.add(new Block.Line(lines[i]));
                i++;
            }
        }
        return blocks;
    }

    private static boolean isCell(String line) {
        return line.startsWith("\t");
    }

    /** The cells on consecutive tab lines; a number ends them, since it starts the first row. */
    private static List<String> headerCells(String[] lines, int from) {
        List<String> cells = new ArrayList<>();
        for (int i = from; i < lines.length && isCell(lines[i]) && !lines[i].strip().matches("\\d+"); i++) {
            cells.add(lines[i].strip());
        }
        return cells;
    }

    /**
     * Reads rows up to the last tab line, adds the table block and returns the index after it. A row
     * starts at a cell holding only its number once the previous row has its cells; a row may lack one
     * cell (a merged score). A line without a tab continues the cell above.
     */
    private static int readTable(String[] lines, int from, List<String> header, List<Block> blocks) {
        int last = from - 1;
        for (int i = from; i < lines.length; i++) {
            if (isCell(lines[i])) {
                last = i;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        List<String> row = null;
        for (int i = from; i <= last; i++) {
            String line = lines[i];
            if (isCell(line)) {
                String cell = line.strip();
                if (row == null || cell.matches("\\d+") && row.size() >= header.size() - 1) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                row.add(cell);
            } else if (!line.isBlank()) {
                List<String> target = row == null ? header : row;
                int end = target.size() - 1;
                target.set(end, Values.joinWrapped(target.get(end), line.strip()));
            }
        }
        blocks.add(new Block.Table(rows));
        return last + 1;
    }
}
