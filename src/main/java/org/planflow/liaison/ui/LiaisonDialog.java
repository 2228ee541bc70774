package org.planflow.liaison.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.liaison.Liaison;
import org.planflow.liaison.LiaisonFields;
import org.planflow.liaison.LiaisonInput;
import org.planflow.liaison.LiaisonService;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.Plan;
import org.planflow.shared.ui.Feedback;

/**
 * Names a member unit's liaison officer for this plan: one of the unit's people and their phone, refused beside the
 * field; or hands the unit back to its own liaison for all plans.
 */
class LiaisonDialog extends Dialog {

    LiaisonDialog(Plan plan, Liaison line, LiaisonService liaisons, OrganizationService organization, Runnable saved) {
        setId("liaison-dialog");
        setHeaderTitle(getTranslation("liaison.dialog.title", line.unit().name()));
        List<UserAccount> people = organization.membersOf(List.of(Groups.ofUnit(line.unit().code())));
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("liaison.person"), people);
        person.setId("liaison-person");
        person.setItemLabelGenerator(user -> user.displayName() + "（" + user.username() + "）");
        people.stream().filter(user -> user.username().equals(line.username())).findFirst().ifPresent(person::setValue);
        TextField phone = new TextField(getTranslation("liaison.phone"));
        phone.setId("liaison-phone");
        phone.setValue(line.phone() == null ? "" : line.phone());
        add(new FormLayout(person, phone));

        Button save = new Button(getTranslation("liaison.save"), click -> {
            if (Feedback.attempt(this, "liaison", Map.of(LiaisonFields.at(0, LiaisonFields.USERNAME), person,
                    LiaisonFields.at(0, LiaisonFields.PHONE), phone), () -> liaisons.namePlanLiaisons(plan.id(), List.of(
                    new LiaisonInput(line.unit(), person.getValue() == null ? null : person.getValue().username(), phone.getValue()))))) {
                done(saved);
            }
        });
        save.setId("liaison-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button unitWide = new Button(getTranslation("liaison.useUnitWide"), click -> {
            if (Feedback.attempt(this, "liaison", Map.of(), () -> liaisons.clearPlanLiaisons(plan.id(), line.unit().code()))) {
                done(saved);
            }
        });
        unitWide.setId("liaison-use-unit-wide");
        unitWide.setVisible(line.scope() == org.planflow.liaison.LiaisonScope.PLAN);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, unitWide, save);
    }

    private void done(Runnable saved) {
        Feedback.success(getTranslation("liaison.saved"));
        close();
        saved.run();
    }
}
