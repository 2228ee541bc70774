package org.planflow.circulation.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.DeliveryService;
import org.planflow.circulation.IssuanceService;
import org.planflow.circulation.IssueRequest;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanSchedules;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.Outcome;
import org.planflow.shared.Period;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/**
 * ISSUE, ACKNOWLEDGE and REROUTE (their bodies are in README.md): reads the fields, lets the services check
 * and record the decision, and returns the variables that route the process.
 */
@Component
class CirculationTaskCompletions implements TaskCompletionHandler {

    private final IssuanceService issuances;
    private final DeliveryService deliveries;
    private final RuntimeService runtime;

    CirculationTaskCompletions(IssuanceService issuances, DeliveryService deliveries, RuntimeService runtime) {
        this.issuances = issuances;
        this.deliveries = deliveries;
        this.runtime = runtime;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.ISSUE, TaskKind.ACKNOWLEDGE, TaskKind.REROUTE);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(CirculationProcess.VAR_OUTCOME));
        switch (outcome) {
            case ISSUE -> {
                long issuanceId = issuances.prepare(task.planId(), new IssueRequest(TaskFields.string(fields, CirculationFields.PREFIX),
                        TaskFields.string(fields, CirculationFields.FORM), TaskFields.strings(fields, CirculationFields.RECIPIENTS),
                        TaskFields.integer(fields, CirculationFields.ACK_WORKING_DAYS), TaskFields.date(fields, CirculationFields.ISSUE_DATE),
                        TaskFields.string(fields, CirculationFields.ADDRESSEES), TaskFields.string(fields, CirculationFields.NOTICE_TEXT),
                        TaskFields.string(fields, CirculationFields.OFFICE),
                        TaskFields.strings(fields, CirculationFields.SUB_PLAN_UNITS),
                        TaskFields.integer(fields, CirculationFields.SUB_PLAN_WORKING_DAYS), period(fields),
                        TaskFields.string(fields, PlanFields.CADENCE), TaskFields.integer(fields, PlanFields.REPORT_DUE_DAYS),
                        dueDates(fields)), task.id());
                return Map.of(CirculationProcess.VAR_OUTCOME, outcome.value(), CirculationProcess.VAR_ISSUANCE_ID, issuanceId);
            }
            case ACKNOWLEDGE -> deliveries.acknowledge(deliveryId(task), username, task.id());
            case REFUSE -> deliveries.refuse(deliveryId(task), username, TaskFields.string(fields, CirculationFields.REASON), task.id());
            case REROUTE -> deliveries.reroute(deliveryId(task), TaskFields.string(fields, CirculationFields.UNIT), task.id());
            case CLOSE -> deliveries.closeRefusal(deliveryId(task), TaskFields.string(fields, CirculationFields.COMMENT), task.id());
            default -> throw new IllegalStateException("No circulation outcome " + outcome);
        }
        return Map.of(CirculationProcess.VAR_OUTCOME, outcome.value());
    }

    private long deliveryId(InboxEntry task) {
        return ((Number) runtime.getVariable(task.processInstanceId(), CirculationProcess.VAR_DELIVERY_ID)).longValue();
    }

    /** The period as {"start","end"}; null when not given. */
    private static Period period(Map<String, Object> fields) {
        Map<String, LocalDate> dates = TaskFields.dates(fields, PlanFields.PERIOD);
        return dates.isEmpty() ? null : new Period(dates.get(PlanFields.START), dates.get(PlanFields.END));
    }

    /** New due dates by item number, such as {"3":"2027-06-30"}. */
    private static Map<Integer, LocalDate> dueDates(Map<String, Object> fields) {
        Map<Integer, LocalDate> dueDates = new HashMap<>();
        TaskFields.dates(fields, PlanSchedules.DUE_DATES).forEach((seq, due) -> {
            try {
                dueDates.put(Integer.valueOf(seq.strip()), due);
            } catch (NumberFormatException e) {
                throw FieldValueProblem.WHOLE_NUMBER_EXPECTED.at(PlanSchedules.DUE_DATES + "." + seq);
            }
        });
        return dueDates;
    }
}
