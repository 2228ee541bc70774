package org.planflow.organization.ui;

import java.util.HashSet;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.organization.ManagedUser;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationAction;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;

/**
 * One person: username and initial password (when new), name, unit, roles, e-mail; for an existing user
 * also the password reset, lock and unlock, disable and enable, and their history.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();

    UserDialog(ManagedUser user, UserAdminService users, OrganizationService organization, Runnable changed) {
        setId("user-dialog");
        setWidth("40rem");
        setHeaderTitle(user == null ? getTranslation("admin.users.new") : user.displayName() + " (" + user.username() + ")");
        username.setId("user-username");
        username.setLabel(getTranslation("admin.user.username"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("admin.user.displayName"));
        UnitSearch search = organization.unitSearch();
        unit.setId("user-unit");
        unit.setLabel(getTranslation("admin.user.unit"));
        unit.setItems(search::matches, search.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        roles.setId("user-roles");
        roles.setLabel(getTranslation("admin.user.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role));
        email.setId("user-email");
        email.setLabel(getTranslation("admin.user.email"));
        password.setId("user-password");
        password.setLabel(getTranslation("admin.user.password"));
        password.setHelperText(getTranslation("admin.user.password.help"));
        FormLayout form = new FormLayout(username, displayName, unit, email, roles);
        form.setColspan(roles, 2);
        if (user == null) {
            form.add(password);
            roles.setValue(java.util.Set.of(Roles.UNIT_STAFF));
        } else {
            username.setValue(user.username());
            username.setReadOnly(true);
            displayName.setValue(user.displayName());
            search.units().stream().filter(candidate -> candidate.code().equals(user.unit().code())).findFirst()
                    .ifPresent(unit::setValue);
            roles.setValue(new HashSet<>(user.roles()));
            email.setValue(user.email() == null ? "" : user.email());
            getHeader().add(new HistoryLink(OrganizationAction.userSubject(user.username())));
            getFooter().add(new UserActions(user, users, () -> {
                close();
                changed.run();
            }));
        }
        add(form);

        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "unit", unit,
                "roles", roles, "email", email, "password", password);
        Button save = new Button(getTranslation("common.save"), click -> {
            if (Feedback.attempt(this, UnitsView.ERRORS, fields, () -> save(user, users))) {
                Feedback.success(getTranslation("admin.saved"));
                changed.run();
                close();
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(new Button(getTranslation("common.cancel"), click -> close()), save);
        getFooter().add(buttons);
    }

    private void save(ManagedUser user, UserAdminService users) {
        UserForm form = new UserForm(username.getValue(), displayName.getValue(),
                unit.getValue() == null ? null : unit.getValue().code(), roles.getValue(), email.getValue(),
                user == null ? password.getValue() : null);
        if (user == null) {
            users.create(form);
        } else {
            users.update(user.username(), form);
        }
    }
}
