package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.planflow.plan.ImportWarning;
import org.planflow.shared.ui.Callouts;

/** What an import could not resolve (e.g. unit names not found in the district), for the drafter to fix. */
class ImportWarnings extends Div {

    ImportWarnings(List<ImportWarning> warnings) {
        setId("plan-warnings");
        setVisible(!warnings.isEmpty());
        Callouts.warning(this);
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        warnings.forEach(warning -> list.add(new ListItem(
                getTranslation("plan.warning." + warning.code(), warning.values().toArray()))));
        add(new Span(getTranslation("plan.warnings")), list);
    }
}
