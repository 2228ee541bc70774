package org.planflow.organization.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.planflow.organization.OpenWork;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.ManagedUnit;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitBusyException;
import org.planflow.organization.UnitSearch;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * 停用单位: the unit goes out of use, optionally merged into another by institutional reform (its name and
 * aliases become that unit's). While the engine holds work for the unit it is refused, and the work is
 * listed to be reassigned first.
 */
class DisableUnitDialog extends Dialog {

    private final Div busy = new Div();

    DisableUnitDialog(ManagedUnit unit, UnitAdminService units, UnitSearch search, Runnable disabled) {
        setId("disable-unit-dialog");
        setWidth("36rem");
        setHeaderTitle(getTranslation("admin.unit.disable.title", unit.name()));
        ComboBox<OrgUnit> mergeInto = new ComboBox<>(getTranslation("admin.unit.mergeInto"));
        mergeInto.setId("unit-merge-into");
        mergeInto.setItems(search::matches, search.units().stream().filter(other -> !other.code().equals(unit.code())).toList());
        mergeInto.setItemLabelGenerator(OrgUnit::name);
        mergeInto.setClearButtonVisible(true);
        mergeInto.setHelperText(getTranslation("admin.unit.mergeInto.help"));
        mergeInto.setWidthFull();
        busy.setId("unit-busy");
        busy.setVisible(false);
        Callouts.error(busy);
        add(new Paragraph(getTranslation("admin.unit.disable.text")), mergeInto, busy);

        Button confirm = new Button(getTranslation("admin.unit.disable"), click -> {
            busy.setVisible(false);
            boolean went = Feedback.attempt(this, UnitsView.ERRORS, Map.of("mergeInto", mergeInto), () -> {
                try {
                    units.disable(unit.code(), mergeInto.getValue() == null ? null : mergeInto.getValue().code());
                } catch (UnitBusyException e) {
                    showBusy(e);
                }
            });
            if (went && !busy.isVisible()) {
                Feedback.success(getTranslation("admin.unit.disabled", unit.name()));
                close();
                disabled.run();
            }
        });
        confirm.setId("unit-disable-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }

    private void showBusy(UnitBusyException e) {
        busy.removeAll();
        busy.add(new Paragraph(getTranslation("admin.unit.busy", e.tasks().size(), e.processes().size())));
        UnorderedList list = new UnorderedList();
        for (OpenWork work : e.work()) {
            String text = work.name() + (work.planTitle() == null ? "" : " · " + work.planTitle())
                    + (work.assignee() == null ? "" : " · " + work.assignee());
            list.add(new ListItem(text));
        }
        busy.add(list);
        busy.setVisible(true);
    }
}
