package org.planflow.supervision.process;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.planflow.supervision.EscalationService;

/** Runs when a task's next ladder step falls due: records it (and any others due) and schedules the next. */
class EscalationJobHandler implements JobHandler<EscalationJobHandler.TaskReference> {

    static final String TYPE = "planflow-escalation";

    private final EscalationService escalation;
    private final EscalationTimers timers;

    EscalationJobHandler(EscalationService escalation, EscalationTimers timers) {
        this.escalation = escalation;
        this.timers = timers;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(TaskReference task, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        escalation.reachDueSteps(task.taskId()).ifPresent(timers::schedule);
    }

    @Override
    public TaskReference newConfiguration(String canonicalString) {
        return new TaskReference(canonicalString);
    }

    @Override
    public void onDelete(TaskReference configuration, JobEntity jobEntity) {
        // nothing kept outside the job itself
    }

    /** The job's configuration: just the task id, so a task's ladder job can be found and cancelled. */
    record TaskReference(String taskId) implements JobHandlerConfiguration {

        @Override
        public String toCanonicalString() {
            return taskId;
        }
    }
}
