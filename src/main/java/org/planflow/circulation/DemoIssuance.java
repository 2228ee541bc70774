package org.planflow.circulation;

import java.util.Arrays;
import java.util.Map;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * How the demo district's runners issue an approved plan and acknowledge it, as the office and the units would
 * through their inboxes: the office issues it as 区政办发, to be acknowledged within three working days.
 */
@Component
@Profile("demo")
public class DemoIssuance {

    static final String PREFIX = "区政办发";
    static final int ACK_WORKING_DAYS = 3;

    private final DemoActions demo;

    DemoIssuance(DemoActions demo) {
        this.demo = demo;
    }

    /** The office issues the approved plan (印发 or 转发) to every unit of the recipient groups. */
    public void issue(long planId, IssueForm form, RecipientGroup... recipients) {
        demo.complete("office", planId, TaskKind.ISSUE, Map.of(TaskKinds.VAR_OUTCOME, Outcome.ISSUE.value(),
                CirculationFields.PREFIX, PREFIX, CirculationFields.FORM, form.label(),
                CirculationFields.RECIPIENTS, Arrays.stream(recipients).map(RecipientGroup::name).toList(),
                CirculationFields.ACK_WORKING_DAYS, ACK_WORKING_DAYS));
    }

    /** The account acknowledges the plan for the unit it was delivered to. */
    public void acknowledge(String username, long planId, String unit) {
        demo.complete(username, planId, TaskKind.ACKNOWLEDGE, task -> unit.equals(task.unit()),
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));
    }
}
