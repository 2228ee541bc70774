package org.planflow.circulation;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.circulation.process.CirculationProcess;

/** Starts the acknowledgement process for a unit, the way issuance will: a task lands in that unit's inbox. */
public final class TestDeliveries {

    private TestDeliveries() {
    }

    public static String deliver(RuntimeService runtime, String unit, String planTitle, Instant due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CirculationProcess.VAR_UNIT, unit);
        variables.put(CirculationProcess.VAR_PLAN_TITLE, planTitle);
        variables.put(CirculationProcess.VAR_ACK_DUE, due == null ? null : Date.from(due));
        return runtime.startProcessInstanceByKey(CirculationProcess.KEY, variables).getId();
    }
}
