package org.planflow.circulation.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.circulation.DeliveryService;
import org.planflow.circulation.IssuanceService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReading;
import org.planflow.plan.PlanService;
import org.planflow.shared.TaskKind;

/**
 * ACKNOWLEDGE: the covering notice and the plan to read (opening it is the unit's read receipt),
 * beside 签收 and 拒签. REROUTE: the refusal beside the office's choice to re-route or close.
 */
@org.springframework.stereotype.Component
class AcknowledgeWorkspace implements TaskWorkspace {

    private final PlanService plans;
    private final PlanReading reading;
    private final IssuanceService issuances;
    private final DeliveryService deliveries;
    private final OrganizationService organization;
    private final TaskCompletionService completion;

    AcknowledgeWorkspace(PlanService plans, PlanReading reading, IssuanceService issuances, DeliveryService deliveries,
                         OrganizationService organization, TaskCompletionService completion) {
        this.plans = plans;
        this.reading = reading;
        this.issuances = issuances;
        this.deliveries = deliveries;
        this.organization = organization;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return (TaskKind.ACKNOWLEDGE.is(task.kind()) || TaskKind.REROUTE.is(task.kind())) && task.planId() != null;
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Plan plan = plans.open(task.planId());
        VerticalLayout left = new VerticalLayout();
        left.setPadding(false);
        issuances.issuance(plan.id()).ifPresent(issuance -> left.add(new CoveringNotice(issuance)));
        left.add(reading.of(plan));
        Component side = TaskKind.ACKNOWLEDGE.is(task.kind())
                ? new AcknowledgePanel(plan, fields -> complete(task, fields, completed))
                : new ReroutePanel(refusal(plan, task), organization.unitSearch(), fields -> complete(task, fields, completed));
        VerticalLayout right = new VerticalLayout(side);
        right.setPadding(false);
        right.setWidth("28em");
        right.getStyle().set("flex-shrink", "0");
        HorizontalLayout layout = new HorizontalLayout(left, right);
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        layout.setId("task-workspace");
        return layout;
    }

    /** The refused delivery the REROUTE task is about: the latest refusal of the plan still waiting for a decision. */
    private org.planflow.circulation.Delivery refusal(Plan plan, InboxEntry task) {
        return deliveries.openRefusal(plan.id(), task.unit()).orElse(null);
    }

    private void complete(InboxEntry task, Map<String, Object> fields, Runnable completed) {
        completion.complete(task.id(), fields);
        completed.run();
    }
}
