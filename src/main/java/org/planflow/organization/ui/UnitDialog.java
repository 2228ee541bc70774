package org.planflow.organization.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.organization.ManagedUnit;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitAlias;
import org.planflow.organization.UnitForm;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UnitType;
import org.planflow.organization.UserAdminService;
import org.planflow.shared.PageRequest;
import org.planflow.shared.ui.Feedback;

/**
 * One unit: code (fixed once created), name, type, parent, head, aliases; for an existing unit also its
 * history and disabling or enabling it. A new unit's aliases are kept until it is created.
 */
class UnitDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitType> type = new Select<>();
    private final ComboBox<OrgUnit> parent = new ComboBox<>();
    private final ComboBox<ManagedUser> head = new ComboBox<>();
    private final AliasEditor aliases;
    private final List<UnitAlias> pendingAliases = new ArrayList<>();

    UnitDialog(ManagedUnit unit, UnitAdminService units, UserAdminService users, OrganizationService organization,
               Runnable changed) {
        setId("unit-dialog");
        setWidth("46rem");
        setHeaderTitle(unit == null ? getTranslation("admin.units.new") : unit.name());
        code.setId("unit-code");
        code.setLabel(getTranslation("admin.unit.code"));
        code.setHelperText(getTranslation("admin.unit.code.help"));
        name.setId("unit-name");
        name.setLabel(getTranslation("admin.unit.name"));
        type.setId("unit-type");
        type.setLabel(getTranslation("admin.unit.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(value -> getTranslation("admin.unitType." + value.name()));
        UnitSearch search = organization.unitSearch();
        parent.setId("unit-parent");
        parent.setLabel(getTranslation("admin.unit.parent"));
        parent.setItems(search::matches, search.units().stream()
                .filter(candidate -> unit == null || !candidate.code().equals(unit.code())).toList());
        parent.setItemLabelGenerator(OrgUnit::name);
        parent.setClearButtonVisible(true);
        head.setId("unit-head");
        head.setLabel(getTranslation("admin.unit.head"));
        head.setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        head.setClearButtonVisible(true);
        FormLayout form = new FormLayout(code, name, type, parent, head);

        if (unit == null) {
            type.setValue(UnitType.DEPARTMENT);
            head.setEnabled(false);
            head.setHelperText(getTranslation("admin.unit.head.later"));
            aliases = new AliasEditor(List.of(), alias -> {
                pendingAliases.add(units.checkAlias(alias, name.getValue()));
                return List.copyOf(pendingAliases);
            }, alias -> {
                pendingAliases.removeIf(pending -> pending.alias().equals(alias));
                return List.copyOf(pendingAliases);
            });
        } else {
            code.setValue(unit.code());
            code.setReadOnly(true);
            name.setValue(unit.name());
            type.setValue(unit.type());
            search.units().stream().filter(candidate -> candidate.code().equals(unit.parent())).findFirst().ifPresent(parent::setValue);
            List<ManagedUser> members = users.users(null, unit.code(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                    .filter(ManagedUser::enabled).toList();
            head.setItems(members);
            members.stream().filter(member -> member.username().equals(unit.head())).findFirst().ifPresent(head::setValue);
            aliases = new AliasEditor(unit.aliases(), alias -> {
                List<UnitAlias> now = units.addAlias(unit.code(), alias.alias(), alias.kind()).aliases();
                changed.run();
                return now;
            }, alias -> {
                List<UnitAlias> now = units.removeAlias(unit.code(), alias).aliases();
                changed.run();
                return now;
            });
        }
        add(form, aliases);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "type", type, "parent", parent, "head", head,
                "aliases", aliases.field());
        Button save = new Button(getTranslation("common.save"), click -> {
            if (Feedback.attempt(this, UnitsView.ERRORS, fields, () -> save(unit, units))) {
                Feedback.success(getTranslation("admin.saved"));
                changed.run();
                close();
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        if (unit != null) {
            getHeader().add(new HistoryLink(OrganizationAction.unitSubject(unit.code())));
            Button state = unit.enabled()
                    ? new Button(getTranslation("admin.unit.disable"), click -> new DisableUnitDialog(unit, units, search, () -> {
                        close();
                        changed.run();
                    }).open())
                    : new Button(getTranslation("admin.unit.enable"), click -> {
                        if (Feedback.attempt(this, UnitsView.ERRORS, Map.of(), () -> units.enable(unit.code()))) {
                            changed.run();
                            close();
                        }
                    });
            state.setId(unit.enabled() ? "unit-disable" : "unit-enable");
            state.addThemeVariants(unit.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().addComponentAtIndex(0, state);
        }
    }

    private void save(ManagedUnit unit, UnitAdminService units) {
        UnitForm form = new UnitForm(code.getValue(), name.getValue(), type.getValue(),
                parent.getValue() == null ? null : parent.getValue().code(),
                head.getValue() == null ? null : head.getValue().username(), pendingAliases);
        if (unit == null) {
            units.create(form);
        } else {
            units.update(unit.code(), form);
        }
    }
}
