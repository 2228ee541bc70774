package org.planflow.deadline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.deadline.TaskDeadline;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.shared.Roles;

/** 办理时限: ADMIN sets the default deadline of each task kind in working days, or none. */
@Route("admin/task-deadlines")
@Menu(title = "menu.taskDeadlines", order = 92, icon = "vaadin:hourglass")
@RolesAllowed(Roles.ADMIN)
class TaskDeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskDeadlineService deadlines;
    private final Grid<TaskDeadline> grid = new Grid<>(TaskDeadline.class, false);

    TaskDeadlinesView(TaskDeadlineService deadlines) {
        this.deadlines = deadlines;
        grid.setId("task-deadline-grid");
        grid.addColumn(deadline -> getTranslation("task.kind." + deadline.kind().name()))
                .setHeader(getTranslation("deadlines.kind")).setKey("kind").setFlexGrow(2);
        grid.addColumn(this::days).setHeader(getTranslation("deadlines.workingDays")).setKey("workingDays");
        grid.addColumn(this::source).setHeader(getTranslation("deadlines.source")).setKey("source").setFlexGrow(2);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("inbox.column.actions")).setKey("actions");
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("deadlines.title")), new Paragraph(getTranslation("deadlines.hint")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(deadlines.deadlines());
    }

    private String days(TaskDeadline deadline) {
        return deadline.workingDays() == null ? getTranslation("deadlines.none")
                : getTranslation("deadlines.days", deadline.workingDays());
    }

    /** Where the deadline comes from; a due date computed by the process wins over any default. */
    private String source(TaskDeadline deadline) {
        if (deadline.setByProcess()) {
            return getTranslation("deadlines.source.process");
        }
        return getTranslation(deadline.changed() ? "deadlines.source.admin" : "deadlines.source.default");
    }

    private Button editButton(TaskDeadline deadline) {
        Button edit = new Button(getTranslation("deadlines.edit"),
                click -> new TaskDeadlineDialog(deadline, deadlines, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("edit-" + deadline.kind().name());
        return edit;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.title");
    }
}
