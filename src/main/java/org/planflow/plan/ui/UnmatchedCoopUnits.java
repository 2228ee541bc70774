package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.planflow.plan.UnitRef;

/** The cooperating units an import could not match, as chips: each keeps its written name until the drafter removes it. */
class UnmatchedCoopUnits extends Div {

    private final List<UnitRef> units = new ArrayList<>();

    UnmatchedCoopUnits(List<UnitRef> coopUnits) {
        setId("item-unmatched-coop");
        coopUnits.stream().filter(unit -> !unit.matched()).forEach(units::add);
        show();
    }

    List<UnitRef> units() {
        return List.copyOf(units);
    }

    private void show() {
        removeAll();
        setVisible(!units.isEmpty());
        if (units.isEmpty()) {
            return;
        }
        Span label = new Span(getTranslation("plan.item.unmatched.coop"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(label);
        for (UnitRef unit : units) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                units.remove(unit);
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            remove.addClassName("unmatched-remove");
            remove.setAriaLabel(getTranslation("plan.item.unmatched.remove", unit.name()));
            Span chip = new Span(new Span(unit.name()), remove);
            chip.addClassName("unmatched-unit");
            chip.getElement().getThemeList().add("badge");
            chip.getStyle().set("margin-left", "var(--lumo-space-xs)");
            add(chip);
        }
    }
}
