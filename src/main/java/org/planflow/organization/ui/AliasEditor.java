package org.planflow.organization.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import org.planflow.organization.AliasKind;
import org.planflow.organization.UnitAlias;
import org.planflow.shared.ui.Feedback;

/**
 * A unit's aliases (简称, 曾用名, 并入单位, 其他写法) as removable badges, and a line to add one. Each
 * change goes through the given functions, which answer the aliases as they now are.
 */
class AliasEditor extends VerticalLayout {

    private final Div badges = new Div();
    private final TextField alias = new TextField();
    private final SerializableFunction<String, List<UnitAlias>> remove;

    AliasEditor(List<UnitAlias> initial, SerializableFunction<UnitAlias, List<UnitAlias>> add,
                SerializableFunction<String, List<UnitAlias>> remove) {
        this.remove = remove;
        setPadding(false);
        setSpacing(false);
        badges.setId("unit-aliases");
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");

        alias.setId("alias-text");
        alias.setPlaceholder(getTranslation("admin.alias.placeholder"));
        Select<AliasKind> kind = new Select<>();
        kind.setId("alias-kind");
        kind.setItems(AliasKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("admin.aliasKind." + value.name()));
        kind.setValue(AliasKind.SHORT);
        Button addButton = new Button(getTranslation("admin.alias.add"), VaadinIcon.PLUS.create(), click -> {
            if (Feedback.attempt(this, UnitsView.ERRORS, Map.of("aliases", alias),
                    () -> show(add.apply(new UnitAlias(alias.getValue(), kind.getValue()))))) {
                alias.clear();
            }
        });
        addButton.setId("alias-add");
        HorizontalLayout line = new HorizontalLayout(alias, kind, addButton);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);

        H4 title = new H4(getTranslation("admin.unit.aliases"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0");
        add(title, badges, line);
        show(initial);
    }

    /** Where a refused alias is shown. */
    TextField field() {
        return alias;
    }

    private void show(List<UnitAlias> aliases) {
        badges.removeAll();
        for (UnitAlias alias : aliases) {
            Span badge = new Span(getTranslation("admin.aliasKind." + alias.kind().name()) + "：" + alias.alias());
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("unit-alias");
            Button drop = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> Feedback.attempt(this, UnitsView.ERRORS, Map.of(),
                    () -> show(remove.apply(alias.alias()))));
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            drop.setAriaLabel(getTranslation("admin.alias.remove", alias.alias()));
            badge.add(drop);
            badges.add(badge);
        }
    }
}
