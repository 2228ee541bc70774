package org.planflow.importing;

import java.util.List;

/** A piece of a document in reading order: a line (paragraph) of text, or a breakdown table. */
sealed interface Block {

    record Line(String text) implements Block {
    }

    /** A table whose rows are cell texts; the header row is among the first rows. */
    record Table(List<List<String>> rows) implements Block {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
