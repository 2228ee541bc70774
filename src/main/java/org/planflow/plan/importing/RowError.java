package org.planflow.plan.importing;

/** One problem in an imported breakdown table: the row as Excel numbers it, the column's header, the problem in English. */
public record RowError(int row, String column, String problem) {

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + problem;
    }
}
