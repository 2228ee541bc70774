package org.planflow.subplan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.subplan.SubplanFields;
import org.planflow.subplan.SubplanRequirement;
import org.planflow.subplan.SubplanService;

/**
 * SUBMIT_SUB_PLAN: what is asked and by when, the office's comment after a return, the way to the parent's 配套方案 tab to
 * start the sub-plan, and the unit's approved sub-plans to submit. FILE_SUB_PLAN: the submitted sub-plan to read,
 * beside filing it or returning it with what to revise.
 */
@org.springframework.stereotype.Component
class SubplanWorkspace implements TaskWorkspace {

    private final SubplanService subplans;
    private final TaskCompletionService completion;

    SubplanWorkspace(SubplanService subplans, TaskCompletionService completion) {
        this.subplans = subplans;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.SUBMIT_SUB_PLAN.is(task.kind()) || TaskKind.FILE_SUB_PLAN.is(task.kind());
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        SubplanRequirement requirement = subplans.ofProcess(task.processInstanceId())
                .orElseThrow(() -> new IllegalStateException("No sub-plan requirement for task " + task.id()));
        VerticalLayout layout = new VerticalLayout();
        layout.setId("task-workspace");
        layout.setPadding(false);
        layout.setMaxWidth("48em");
        layout.add(new H3(layout.getTranslation("task.kind." + task.kind())));
        Paragraph asked = new Paragraph(layout.getTranslation("subplan.asked", requirement.unit().name(), Formats.date(requirement.due())));
        asked.setId("subplan-asked");
        layout.add(asked, new Anchor(PlanTab.location(requirement.parentPlanId(), SubplansTab.KEY),
                layout.getTranslation("subplan.toParent")));
        if (TaskKind.SUBMIT_SUB_PLAN.is(task.kind())) {
            if (requirement.comment() != null) {
                Paragraph returned = new Paragraph(layout.getTranslation("subplan.returnedWith", requirement.comment()));
                returned.setId("subplan-return-comment");
                layout.add(Callouts.warning(returned));
            }
            submit(layout, task, subplans.submittable(requirement), completed);
        } else {
            layout.add(new Anchor("plan/" + requirement.subPlanId(), layout.getTranslation("subplan.read", requirement.subPlanTitle())));
            decide(layout, task, completed);
        }
        return layout;
    }

    private void submit(VerticalLayout layout, InboxEntry task, List<Plan> approved, Runnable completed) {
        Select<Plan> plan = new Select<>();
        plan.setId("subplan-choice");
        plan.setLabel(layout.getTranslation("subplan.choose"));
        plan.setItems(approved);
        plan.setItemLabelGenerator(Plan::title);
        plan.setEmptySelectionAllowed(false);
        plan.setHelperText(approved.isEmpty() ? layout.getTranslation("subplan.noneApproved") : null);
        if (approved.size() == 1) {
            plan.setValue(approved.get(0));
        }
        plan.setWidthFull();
        Button send = new Button(layout.getTranslation("subplan.submit"), click -> attempt(layout, Map.of(SubplanFields.SUB_PLAN_ID, plan),
                task, completed, Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(),
                        SubplanFields.SUB_PLAN_ID, plan.getValue() == null ? "" : plan.getValue().id())));
        send.setId("submit-subplan");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(plan, send);
    }

    private void decide(VerticalLayout layout, InboxEntry task, Runnable completed) {
        TextArea comment = new TextArea(layout.getTranslation("subplan.comment"));
        comment.setId("subplan-comment");
        comment.setMaxLength(SubplanService.MAX_COMMENT);
        comment.setWidthFull();
        Map<String, HasValidation> fields = Map.of(SubplanFields.COMMENT, comment);
        Button file = new Button(layout.getTranslation("subplan.file"), click -> attempt(layout, fields, task, completed,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.FILE.value())));
        file.setId("file-subplan");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(layout.getTranslation("subplan.return"), click -> attempt(layout, fields, task, completed,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.RETURN.value(), SubplanFields.COMMENT, comment.getValue())));
        back.setId("return-subplan");
        layout.add(file, comment, back);
    }

    private void attempt(VerticalLayout layout, Map<String, ? extends HasValidation> fields, InboxEntry task, Runnable completed,
                         Map<String, Object> values) {
        Feedback.attempt(layout, SubplansPanel.ERRORS, fields, () -> {
            completion.complete(task.id(), new HashMap<>(values));
            completed.run();
        });
    }
}
