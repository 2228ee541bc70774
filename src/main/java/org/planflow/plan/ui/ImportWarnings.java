package org.planflow.plan.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.planflow.importing.DocumentWarning;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.plan.ImportWarning;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * What an import could not resolve (e.g. unit names not found in the district), for the drafter to fix; in the
 * editor a name not found can become an alias of a district unit in one step ("add as alias of…").
 */
class ImportWarnings extends Div {

    ImportWarnings(List<ImportWarning> warnings) {
        this(warnings, null, null);
    }

    /** {@code alias} is given the name as written and the unit chosen; null shows the warnings only. */
    ImportWarnings(List<ImportWarning> warnings, UnitSearch district, BiConsumer<String, OrgUnit> alias) {
        setId("plan-warnings");
        setVisible(!warnings.isEmpty());
        Callouts.warning(this);
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        for (ImportWarning warning : warnings) {
            ListItem item = new ListItem(getTranslation(warning.translationKey(), warning.values().toArray()));
            if (alias != null && DocumentWarning.Code.UNIT_NOT_FOUND.name().equals(warning.code()) && !warning.values().isEmpty()) {
                item.add(aliasAction(warning.values().get(0), district, alias));
            }
            list.add(item);
        }
        add(new Span(getTranslation("plan.warnings")), list);
    }

    private HorizontalLayout aliasAction(String name, UnitSearch district, BiConsumer<String, OrgUnit> alias) {
        ComboBox<OrgUnit> unit = new ComboBox<>();
        unit.setPlaceholder(getTranslation("plan.alias.unit"));
        unit.setItems(district::matches, district.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.addClassName("alias-unit");
        unit.getElement().setAttribute("data-name", name);
        Button add = new Button(getTranslation("plan.alias.add"), click -> {
            if (unit.getValue() == null) {
                unit.setInvalid(true);
                unit.setErrorMessage(getTranslation("plan.alias.chooseUnit"));
                return;
            }
            if (Feedback.attempt(this, ApprovalTaskWorkspace.ERRORS, Map.of("alias", unit), () -> alias.accept(name, unit.getValue()))) {
                Feedback.success(getTranslation("plan.alias.added", name, unit.getValue().name()));
            }
        });
        add.addClassName("alias-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout action = new HorizontalLayout(unit, add);
        action.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return action;
    }
}
