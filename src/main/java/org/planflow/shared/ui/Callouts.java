package org.planflow.shared.ui;

import com.vaadin.flow.component.HasStyle;

/**
 * The look of boxes that call attention inside a view: a warning (something to check) or an error
 * (something refused). One place, so every view marks them alike.
 */
public final class Callouts {

    private Callouts() {
    }

    public static <T extends HasStyle> T warning(T box) {
        box.getStyle()
                .set("background", "var(--lumo-warning-color-10pct, hsla(45, 100%, 50%, 0.15))")
                .set("color", "var(--lumo-warning-text-color, hsl(35, 100%, 25%))")
                .set("border-left", "4px solid var(--lumo-warning-color, hsl(45, 100%, 50%))");
        return framed(box);
    }

    public static <T extends HasStyle> T error(T box) {
        box.getStyle()
                .set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)");
        return framed(box);
    }

    private static <T extends HasStyle> T framed(T box) {
        box.getStyle()
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("width", "100%");
        return box;
    }
}
