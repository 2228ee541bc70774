package org.planflow.supervision.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.planflow.supervision.Light;
import org.planflow.supervision.SupervisedItem;

/** An item's traffic light (亮灯) as a coloured badge with its name, so it reads without colour too. */
class LightBadge extends Span {

    LightBadge(SupervisedItem item) {
        Light light = item.light() == null ? Light.GREEN : item.light();
        Icon dot = VaadinIcon.CIRCLE.create();
        dot.setSize("0.7em");
        dot.getStyle().set("margin-inline-end", "0.3em");
        add(dot, new Text(getTranslation("supervision.light." + light.name())));
        getElement().getThemeList().add("badge");
        switch (light) {
            case GREEN -> getElement().getThemeList().add("success");
            case RED -> {
                getElement().getThemeList().add("error");
                getElement().getThemeList().add("primary");
            }
            case YELLOW -> getStyle()
                    // Lumo's badge has no warning variant; the callout colours are the same ones.
                    .set("background", "var(--lumo-warning-color-10pct, hsla(45, 100%, 50%, 0.2))")
                    .set("color", "var(--lumo-warning-text-color, hsl(35, 100%, 25%))");
        }
        getElement().setAttribute("data-item", String.valueOf(item.id()));
        getElement().setAttribute("data-light", light.name());
    }

    /** 逾期未完成: the due date passed before the item was closed. */
    static Span overdue() {
        Span badge = new Span();
        badge.setText(badge.getTranslation("supervision.overdue"));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("error");
        badge.addClassName("item-overdue");
        return badge;
    }
}
