package org.planflow.plan.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanFields;
import org.planflow.plan.ResponsibleLeaderService;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;

/**
 * 分管领导 in the plan's header: the leader its supervised items escalate to, and for administrators and
 * the lead unit's drafters a button to name another.
 */
class ResponsibleLeaderFact extends Span {

    ResponsibleLeaderFact(Plan plan, ResponsibleLeaderService plans, OrganizationService organization, Runnable changed) {
        Span label = new Span(getTranslation("plan.field.responsibleLeader") + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span name = new Span(plan.responsibleLeader() == null ? getTranslation("plan.responsibleLeader.none")
                : organization.findUser(plan.responsibleLeader()).map(UserAccount::displayName).orElse(plan.responsibleLeader()));
        name.setId("plan-responsible-leader");
        add(label, name);
        if (plans.mayNameResponsibleLeader(plan)) {
            Button change = new Button(VaadinIcon.EDIT.create(), click -> dialog(plan, plans, organization, changed).open());
            change.setId("change-responsible-leader");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            change.setAriaLabel(getTranslation("plan.responsibleLeader.change"));
            add(change);
        }
    }

    private Dialog dialog(Plan plan, ResponsibleLeaderService plans, OrganizationService organization, Runnable changed) {
        Dialog dialog = new Dialog(getTranslation("plan.responsibleLeader.change"));
        List<UserAccount> leaders = organization.membersOf(List.of(Groups.ofRole(Roles.LEADER)));
        ComboBox<UserAccount> leader = new ComboBox<>(getTranslation("plan.field.responsibleLeader"), leaders);
        leader.setId("responsible-leader");
        leader.setItemLabelGenerator(UserAccount::displayName);
        leader.setClearButtonVisible(true);
        leaders.stream().filter(user -> user.username().equals(plan.responsibleLeader())).findFirst().ifPresent(leader::setValue);
        dialog.add(leader);
        Button save = new Button(getTranslation("common.save"), click -> {
            if (Feedback.attempt(this, ApprovalTaskWorkspace.ERRORS, Map.of(PlanFields.LEADER, leader),
                    () -> plans.nameResponsibleLeader(plan.id(), leader.getValue() == null ? null : leader.getValue().username()))) {
                dialog.close();
                changed.run();
            }
        });
        save.setId("save-responsible-leader");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
