package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.planflow.plan.ImportWarning;

/** What an import could not resolve (e.g. unit names not found in the district), for the drafter to fix. */
class ImportWarnings extends Div {

    ImportWarnings(List<ImportWarning> warnings) {
        setId("plan-warnings");
        setVisible(!warnings.isEmpty());
        getStyle()
                .set("background", "var(--lumo-warning-color-10pct, hsla(45, 100%, 50%, 0.15))")
                .set("color", "var(--lumo-warning-text-color, hsl(35, 100%, 25%))")
                .set("border-left", "4px solid var(--lumo-warning-color, hsl(45, 100%, 50%))")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("width", "100%");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        warnings.forEach(warning -> list.add(new ListItem(
                getTranslation("plan.warning." + warning.code(), warning.values().toArray()))));
        add(new Span(getTranslation("plan.warnings")), list);
    }
}
