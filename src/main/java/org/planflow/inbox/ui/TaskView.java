package org.planflow.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.shared.ui.Unavailable;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Formats;

/**
 * One task opened from the inbox: what it is, for which plan and unit, when it is due; claim or
 * release it; and the owning feature's workspace to do it in.
 */
@Route("tasks")
@PermitAll
class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient InboxService inbox;
    private final transient List<TaskWorkspace> workspaces;
    private final transient OrganizationService organization;
    private String title = "";

    TaskView(InboxService inbox, List<TaskWorkspace> workspaces, OrganizationService organization) {
        this.inbox = inbox;
        this.organization = organization;
        this.workspaces = workspaces;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        try {
            show(inbox.task(taskId));
        } catch (NotFoundException e) {
            removeAll();
            title = getTranslation("task.notFound");
            add(new Unavailable(title, getTranslation("task.notFound.detail"), backButton()));
        }
    }

    private void show(InboxEntry task) {
        removeAll();
        title = task.name();
        FormLayout details = new FormLayout();
        details.addFormItem(new Span(task.planTitle() == null ? "—" : task.planTitle()), getTranslation("task.plan"));
        details.addFormItem(new Span(task.unit() == null ? "—" : unitName(task.unit())), getTranslation("task.unit"));
        details.addFormItem(new Span(Formats.dateTime(task.created())), getTranslation("task.created"));
        details.addFormItem(new Span(task.due() == null ? "—" : Formats.date(task.due())), getTranslation("task.due"));
        details.addFormItem(new Span(task.assignee() == null ? getTranslation("task.unclaimed") : displayName(task.assignee())),
                getTranslation("task.assignee"));

        HorizontalLayout buttons = new HorizontalLayout(backButton());
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), click ->
                    TaskConflicts.attempt(this, () -> inbox.claim(task.id())).ifPresent(this::show));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim");
            buttons.add(claim);
        } else if (inbox.mayRelease(task)) {
            Button release = new Button(getTranslation("task.release"), click ->
                    TaskConflicts.attempt(this, () -> inbox.release(task.id())).ifPresent(this::show));
            release.setId("release");
            buttons.add(release);
        }
        H2 heading = new H2(task.name());
        heading.setId("task-title");
        add(heading, details, buttons);
        workspaces.stream().filter(workspace -> workspace.handles(task)).findFirst()
                .ifPresent(workspace -> add(phoneStacked(workspace.open(task, this::completed))));
    }

    /** A workspace's reading and its form stand side by side; on a phone, one under the other (styles/layout.css). */
    private static Component phoneStacked(Component workspace) {
        workspace.getElement().getClassList().add("task-workspace");
        return workspace;
    }

    private String unitName(String code) {
        return organization.units().stream().filter(unit -> unit.code().equals(code)).map(OrgUnit::name).findFirst().orElse(code);
    }

    private String displayName(String username) {
        return organization.findUser(username).map(UserAccount::displayName).orElse(username);
    }

    private void completed() {
        Notification.show(getTranslation("task.completed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private Button backButton() {
        return new Button(getTranslation("task.back"), click -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
