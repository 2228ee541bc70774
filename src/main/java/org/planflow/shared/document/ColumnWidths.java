package org.planflow.shared.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths from the text they hold, so a breakdown table's indicator and method columns come out widest and
 * 序号 or 分值 stay narrow: each column gets room in proportion to its longest line, but never less than
 * {@link #NARROWEST} characters, so short headers wrap at most once.
 */
record ColumnWidths(int[] twips, boolean[] fitsTwoLines) {

    private static final double NARROWEST = 4;

    static ColumnWidths of(Table table, double points, int tableWidth, int padding) {
        int columns = table.headers().size();
        double charTwips = points * 20;
        double available = (tableWidth - columns * 2.0 * padding) / charTwips;
        double[] wanted = new double[columns];
        for (int c = 0; c < columns; c++) {
            wanted[c] = Math.max(1, longestLine(table.headers().get(c)));
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                wanted[c] = Math.max(wanted[c], longestLine(row.get(c)));
            }
        }
        double[] chars = share(wanted, available);
        int[] twips = new int[columns];
        boolean[] fitsTwoLines = new boolean[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            twips[c] = (int) Math.floor(chars[c] * charTwips) + 2 * padding;
            used += twips[c];
            fitsTwoLines[c] = wanted[c] <= 2 * chars[c] + 0.01;
        }
        twips[columns - 1] += tableWidth - used;
        return new ColumnWidths(twips, fitsTwoLines);
    }

    /** Proportional shares of the width; columns that would drop below their floor get the floor, the rest share on. */
    private static double[] share(double[] wanted, double available) {
        int columns = wanted.length;
        double[] floor = new double[columns];
        for (int c = 0; c < columns; c++) {
            floor[c] = Math.min(wanted[c], NARROWEST);
        }
        boolean[] fixed = new boolean[columns];
        double[] chars = new double[columns];
        boolean changed = true;
        while (changed) {
            changed = false;
            double rest = available;
            double wantedRest = 0;
            for (int c = 0; c < columns; c++) {
                if (fixed[c]) {
                    rest -= floor[c];
                } else {
                    wantedRest += wanted[c];
                }
            }
            double scale = wantedRest == 0 ? 0 : rest / wantedRest;
            List<Integer> tooNarrow = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                chars[c] = fixed[c] ? floor[c] : wanted[c] * scale;
                if (!fixed[c] && chars[c] < floor[c]) {
                    tooNarrow.add(c);
                }
            }
            for (int c : tooNarrow) {
                fixed[c] = true;
                changed = true;
            }
        }
        return chars;
    }

    private static double longestLine(String text) {
        return text.lines().mapToDouble(Typesetter::width).max().orElse(0);
    }
}
