package org.planflow.supervision.process;

import java.util.Date;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.planflow.supervision.ScheduledStep;
import org.springframework.stereotype.Component;

/**
 * The ladder's engine timer jobs, one per open task at a time. They must be created inside an engine
 * command (a task event or a running job), so several nodes share them and each fires once.
 */
@Component
class EscalationTimers {

    void schedule(ScheduledStep step) {
        TimerEntity timer = new TimerEntity();
        timer.setDuedate(Date.from(step.at()));
        timer.setJobHandlerType(EscalationJobHandler.TYPE);
        timer.setJobHandlerConfigurationRaw(step.taskId());
        Context.getCommandContext().getJobManager().schedule(timer);
    }

    void cancel(String taskId) {
        for (JobEntity job : Context.getCommandContext().getJobManager()
                .findJobsByConfiguration(EscalationJobHandler.TYPE, taskId, null)) {
            job.delete();
        }
    }
}
