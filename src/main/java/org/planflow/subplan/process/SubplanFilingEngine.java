package org.planflow.subplan.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.shared.process.FanOutFlush;
import org.springframework.stereotype.Component;

/** Starts one filing process per unit asked for a sub-plan, in the caller's transaction. */
@Component
public class SubplanFilingEngine {

    private final RuntimeService runtime;
    private final OrganizationService organization;
    private final PlanOffices offices;

    SubplanFilingEngine(RuntimeService runtime, OrganizationService organization, PlanOffices offices) {
        this.runtime = runtime;
        this.organization = organization;
        this.offices = offices;
    }

    /** Returns the process instance ids in the units' order. */
    public List<String> start(long parentPlanId, String parentTitle, List<String> units, Instant due) {
        List<String> instances = new ArrayList<>(units.size());
        // Each unit's new task notifies its members: read for all of them at once (decision 049).
        organization.rememberMembersOfUnits(units);
        String office = offices.officeGroup(parentPlanId);
        for (String unit : units) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(SubplanFilingProcess.VAR_PLAN_ID, parentPlanId);
            variables.put(SubplanFilingProcess.VAR_PLAN_TITLE, parentTitle);
            variables.put(SubplanFilingProcess.VAR_UNIT, unit);
            variables.put(SubplanFilingProcess.VAR_SUB_PLAN_DUE, Date.from(due));
            variables.put(SubplanFilingProcess.VAR_SUPERVISORS, office);
            instances.add(runtime.startProcessInstanceByKey(SubplanFilingProcess.KEY, PlanService.businessKey(parentPlanId),
                    variables).getId());
            FanOutFlush.afterStart(instances.size());
        }
        return instances;
    }
}
