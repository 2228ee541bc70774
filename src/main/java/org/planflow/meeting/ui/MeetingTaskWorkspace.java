package org.planflow.meeting.ui;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.forms.RenderedForm;
import org.planflow.forms.TaskForms;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.meeting.MeetingService;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where a unit answers its meeting receipt (回执) and the office records the minutes from the inbox: the meeting's
 * notice, receipts and downloads beside the task's form.
 */
@org.springframework.stereotype.Component
class MeetingTaskWorkspace implements TaskWorkspace {

    private static final Set<TaskKind> KINDS = Set.of(TaskKind.CONFIRM_ATTENDANCE, TaskKind.RECORD_MINUTES);

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final TaskForms forms;
    private final TaskCompletionService completion;

    MeetingTaskWorkspace(MeetingService meetings, MeetingDocuments documents, TaskForms forms, TaskCompletionService completion) {
        this.meetings = meetings;
        this.documents = documents;
        this.forms = forms;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.of(task.kind()).filter(KINDS::contains).isPresent();
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Meeting meeting = meetings.ofProcess(task.processInstanceId());
        MeetingDetail reading = new MeetingDetail(meeting, meetings, documents, false, changed -> { });
        RenderedForm form = new RenderedForm(forms.forTask(task.id()).orElseThrow(), Map.of());
        Button done = new Button(reading.getTranslation("meetings.task.submit"));
        done.setId("complete-task");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> {
            if (form.validateAndShow()) {
                try {
                    completion.complete(task.id(), form.values());
                    completed.run();
                } catch (InvalidInputException e) {
                    form.showError(e.field(), Feedback.words(form, e));
                } catch (ConflictException | AccessDeniedException e) {
                    Feedback.error(Feedback.words(form, e));
                }
            }
        });
        VerticalLayout side = new VerticalLayout(form, done);
        side.setPadding(false);
        side.setWidth("30em");
        side.getStyle().set("flex-shrink", "0");
        HorizontalLayout layout = new HorizontalLayout(reading, side);
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        layout.setId("task-workspace");
        return layout;
    }
}
