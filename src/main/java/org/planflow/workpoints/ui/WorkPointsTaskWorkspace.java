package org.planflow.workpoints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.shared.TaskKind;
import org.planflow.workpoints.WorkPointsService;

/** The year's DRAW_WORK_POINTS task: the plan's items to choose from; drawing completes the task and opens the new draft. */
@org.springframework.stereotype.Component
class WorkPointsTaskWorkspace implements TaskWorkspace {

    private final PlanService plans;
    private final WorkPointsService workPoints;

    WorkPointsTaskWorkspace(PlanService plans, WorkPointsService workPoints) {
        this.plans = plans;
        this.workPoints = workPoints;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.DRAW_WORK_POINTS.is(task.kind());
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Plan plan = plans.get(task.planId());
        int year = workPoints.yearOfTask(task.id());
        WorkPointsChooser chooser = new WorkPointsChooser(plan, year, workPoints);
        Paragraph intro = new Paragraph(chooser.getTranslation("workpoints.task.intro", String.valueOf(year), plan.title()));
        Anchor source = new Anchor("plan/" + plan.id(), plan.title());
        source.setId("work-points-source");
        Button create = new Button(chooser.getTranslation("workpoints.dialog.create"));
        create.setId("complete-task");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            Plan drawn = chooser.draw();
            if (drawn != null) {
                completed.run();
                UI.getCurrent().navigate("plan-edit/" + drawn.id());
            }
        });
        VerticalLayout layout = new VerticalLayout(intro, source, chooser, create);
        layout.setPadding(false);
        layout.setId("task-workspace");
        return layout;
    }
}
