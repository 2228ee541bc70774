package org.planflow.deadline.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.planflow.deadline.DeadlineProblem;
import org.planflow.deadline.TaskDeadline;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.shared.ui.Feedback;

/** Changes one kind's deadline: working days, or none; or back to the configured default. */
class TaskDeadlineDialog extends Dialog {

    private final transient TaskDeadlineService deadlines;
    private final transient Runnable saved;
    private final TaskDeadline deadline;
    private final IntegerField days = new IntegerField();
    private final Checkbox none = new Checkbox();

    TaskDeadlineDialog(TaskDeadline deadline, TaskDeadlineService deadlines, Runnable saved) {
        this.deadline = deadline;
        this.deadlines = deadlines;
        this.saved = saved;
        setId("task-deadline-dialog");
        setHeaderTitle(getTranslation("deadlines.dialog.title", getTranslation("task.kind." + deadline.kind().name())));

        days.setId("task-deadline-days");
        days.setLabel(getTranslation("deadlines.workingDays"));
        days.setMin(TaskDeadlines.MIN_WORKING_DAYS);
        days.setMax(TaskDeadlines.MAX_WORKING_DAYS);
        days.setStepButtonsVisible(true);
        days.setSuffixComponent(new Span(getTranslation("approval.draft.workingDays")));
        days.setValue(deadline.workingDays());
        none.setId("task-deadline-none");
        none.setLabel(getTranslation("deadlines.none"));
        none.setValue(deadline.workingDays() == null);
        days.setEnabled(!none.getValue());
        none.addValueChangeListener(event -> days.setEnabled(!event.getValue()));

        VerticalLayout content = new VerticalLayout(days, none);
        content.setPadding(false);
        if (deadline.setByProcess()) {
            content.add(new Span(getTranslation("deadlines.dialog.process")));
        }
        content.add(new Span(deadline.configuredWorkingDays() == null ? getTranslation("deadlines.dialog.configuredNone")
                : getTranslation("deadlines.dialog.configured", deadline.configuredWorkingDays())));
        add(content);

        Button reset = new Button(getTranslation("deadlines.reset"), click -> {
            deadlines.reset(deadline.kind().name());
            done();
        });
        reset.setId("task-deadline-reset");
        reset.setEnabled(deadline.changed());
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.setId("task-deadline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(reset, new Button(getTranslation("common.cancel"), click -> close()), save);
    }

    private void save() {
        boolean accepted = Feedback.attempt(this, "deadlines.error", Map.of(TaskDeadlineService.WORKING_DAYS, days), () -> {
            if (!none.getValue() && days.getValue() == null) {
                throw DeadlineProblem.DAYS_OR_NONE.at(TaskDeadlineService.WORKING_DAYS, TaskDeadlines.MIN_WORKING_DAYS,
                        TaskDeadlines.MAX_WORKING_DAYS);
            }
            deadlines.set(deadline.kind().name(), none.getValue() ? null : days.getValue());
        });
        if (accepted) {
            done();
        }
    }

    private void done() {
        close();
        saved.run();
    }
}
