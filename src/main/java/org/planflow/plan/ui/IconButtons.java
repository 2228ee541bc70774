package org.planflow.plan.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small icon buttons of the editor's rows (edit, move, delete), labelled for screen readers and tooltips. */
final class IconButtons {

    private IconButtons() {
    }

    static Button of(VaadinIcon icon, String label, String className, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClassName(className);
        return button;
    }
}
