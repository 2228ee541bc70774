package org.planflow.plan;

import java.util.List;

/**
 * Two revisions side by side, line by line: each row has the old and the new line, with changed
 * words marked by {@code <del>}/{@code <ins>} in HTML-escaped text, and a tag saying what changed.
 */
public record RevisionComparison(int from, int to, List<Row> rows) {

    public enum Tag { EQUAL, INSERT, DELETE, CHANGE }

    public record Row(Tag tag, String oldLine, String newLine) {
    }

    public long changes() {
        return rows.stream().filter(row -> row.tag() != Tag.EQUAL).count();
    }
}
