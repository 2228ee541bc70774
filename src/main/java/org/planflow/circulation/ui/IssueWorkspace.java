package org.planflow.circulation.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.circulation.CirculationProperties;
import org.planflow.circulation.IssuanceService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitType;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReading;
import org.planflow.plan.PlanService;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;

/** The ISSUE task: the approved plan to read beside the issuance form. */
@org.springframework.stereotype.Component
class IssueWorkspace implements TaskWorkspace {

    private final PlanService plans;
    private final PlanReading reading;
    private final IssuanceService issuances;
    private final OrganizationService organization;
    private final TaskCompletionService completion;
    private final CirculationProperties properties;
    private final PlanFlowClock clock;
    private final WorkingCalendar calendar;

    IssueWorkspace(PlanService plans, PlanReading reading, IssuanceService issuances, OrganizationService organization,
                   TaskCompletionService completion, CirculationProperties properties, PlanFlowClock clock,
                   WorkingCalendar calendar) {
        this.plans = plans;
        this.reading = reading;
        this.issuances = issuances;
        this.organization = organization;
        this.completion = completion;
        this.properties = properties;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.ISSUE.is(task.kind()) && task.planId() != null;
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Plan plan = plans.get(task.planId());
        boolean departmentPlan = organization.unit(plan.leadUnit().code()).type() == UnitType.DEPARTMENT;
        Consumer<Map<String, Object>> issue = fields -> {
            completion.complete(task.id(), fields);
            completed.run();
        };
        IssuePanel panel = new IssuePanel(issuances, plan, organization.unitSearch(), departmentPlan,
                properties.defaultAckWorkingDays(), clock.instant().atZone(calendar.zone()).toLocalDate(), issue);
        panel.setWidth("36em");
        panel.getStyle().set("flex-shrink", "0");
        HorizontalLayout layout = new HorizontalLayout(reading.of(plan), panel);
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        layout.setId("task-workspace");
        return layout;
    }
}
