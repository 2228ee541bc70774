package org.planflow.circulation.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.planflow.circulation.DeliveryStart;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanService;
import org.planflow.shared.process.FanOutFlush;
import org.springframework.stereotype.Component;

/** Starts one acknowledgement process per delivery, in the caller's transaction. */
@Component
class CirculationStarter {

    private final RuntimeService runtime;
    private final OrganizationService organization;

    CirculationStarter(RuntimeService runtime, OrganizationService organization) {
        this.runtime = runtime;
        this.organization = organization;
    }

    /** Returns the process instance ids in the deliveries' order. */
    List<String> start(List<DeliveryStart> deliveries) {
        List<String> instances = new ArrayList<>(deliveries.size());
        // Each unit's new task notifies its members: read for all of them at once (decision 049).
        organization.rememberMembersOfUnits(deliveries.stream().map(DeliveryStart::unitCode).toList());
        for (DeliveryStart delivery : deliveries) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(CirculationProcess.VAR_DELIVERY_ID, delivery.deliveryId());
            variables.put(CirculationProcess.VAR_PLAN_ID, delivery.planId());
            variables.put(CirculationProcess.VAR_PLAN_TITLE, delivery.planTitle());
            variables.put(CirculationProcess.VAR_UNIT, delivery.unitCode());
            // Read only while the task and its deadline timer are created, in this transaction: not stored (decision 050).
            variables.put(CirculationProcess.VAR_ACK_DUE, Variables.dateValue(Date.from(delivery.due()), true));
            instances.add(runtime.startProcessInstanceByKey(CirculationProcess.KEY, PlanService.businessKey(delivery.planId()),
                    variables).getId());
            FanOutFlush.afterStart(instances.size());
        }
        return instances;
    }
}
