package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.Tooltip;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.UnitRef;

/**
 * Responsible units as a plan names them, separated by 、. A unit an import could not match to the
 * district (no code) keeps its written name and gets a warning icon, so nobody mistakes it for a real unit.
 * A group that leads an item (各乡镇) reads as the group.
 */
class UnitRefLabel extends Span {

    /** The item's lead: its lead unit, or the group of units that leads it (各乡镇). */
    static Span lead(BreakdownItem item) {
        if (item.leadGroup() != null) {
            Span group = new Span();
            group.setText(group.getTranslation("plan.leadGroup." + item.leadGroup().name()));
            group.addClassName("lead-group");
            return group;
        }
        return new UnitRefLabel(item.leadUnit() == null ? List.of() : List.of(item.leadUnit()));
    }

    UnitRefLabel(List<UnitRef> units) {
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                add(new Span("、"));
            }
            add(unit(units.get(i)));
        }
    }

    private Span unit(UnitRef unit) {
        Span name = new Span(unit.name());
        if (unit.matched()) {
            return name;
        }
        Icon warning = VaadinIcon.WARNING.create();
        warning.setSize("var(--lumo-icon-size-s)");
        warning.setColor("var(--lumo-warning-color, hsl(45, 100%, 50%))");
        warning.getElement().setAttribute("aria-label", getTranslation("plan.unit.unmatched"));
        Tooltip.forComponent(warning).setText(getTranslation("plan.unit.unmatched"));
        Span flagged = new Span(name, warning);
        flagged.addClassName("unmatched-unit");
        flagged.getElement().setAttribute("title", getTranslation("plan.unit.unmatched"));
        return flagged;
    }
}
