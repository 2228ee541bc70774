package org.planflow.shared.document;

import java.util.List;
import java.util.Objects;

/** An attachment printed after the main text: its title, its sections, then an optional table. */
public record Attachment(String title, List<Section> sections, Table table) {

    public Attachment {
        Objects.requireNonNull(title, "title");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
