package org.planflow.shared.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;

/**
 * A phone's screen (a window at most {@value #MAX_WIDTH} px wide, the line styles/layout.css draws too): a grid shows its
 * essential columns there, its cells wrapping, and the rest on wider screens as before. The width is the browser's,
 * asked when the component is attached and followed as the window is resized or the phone turned.
 */
public final class NarrowScreens {

    public static final int MAX_WIDTH = 600;

    private NarrowScreens() {
    }

    /** Tells {@code narrow} whether the window is a phone's once attached, then whenever that changes. */
    public static void follow(Component component, Consumer<Boolean> narrow) {
        Boolean[] shown = {null};
        Consumer<Integer> width = pixels -> {
            boolean phone = pixels > 0 && pixels <= MAX_WIDTH;
            if (shown[0] == null || shown[0] != phone) {
                shown[0] = phone;
                narrow.accept(phone);
            }
        };
        Registration[] resizing = {null};
        component.addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            resizing[0] = attach.getUI().getPage().addBrowserWindowResizeListener(resize -> width.accept(resize.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resizing[0] != null) {
                resizing[0].remove();
            }
        });
    }

    /**
     * On a phone only the columns of these keys show, their content wrapping; wider, the columns visible now. A column
     * for phones alone (a card of the row's essentials) is added hidden and named here.
     */
    public static void columns(Grid<?> grid, String... phoneKeys) {
        Set<String> phone = Set.of(phoneKeys);
        List<? extends Grid.Column<?>> wide = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        boolean wrapsWide = grid.getThemeNames().contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        follow(grid, narrow -> {
            grid.getColumns().forEach(column -> column.setVisible(narrow
                    ? column.getKey() != null && phone.contains(column.getKey()) : wide.contains(column)));
            grid.getThemeNames().set(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName(), narrow || wrapsWide);
        });
    }
}
