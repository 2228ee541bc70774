package org.planflow.supervision.process;

import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Set;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

    /**
     * Deletes the task's ladder timers, those in the database and one scheduled earlier in this same command (a task
     * assigned and completed in one command, decision 041), which no query sees before the command flushes.
     */
    void cancel(String taskId) {
        CommandContext context = Context.getCommandContext();
        DbEntityManager entities = context.getDbEntityManager();
        Set<JobEntity> jobs = Collections.newSetFromMap(new IdentityHashMap<>());
        jobs.addAll(context.getJobManager().findJobsByConfiguration(EscalationJobHandler.TYPE, taskId, null));
        entities.getDbEntityCache().getCachedEntities().stream()
                .filter(cached -> cached.getEntityState() == DbEntityState.TRANSIENT && cached.getEntity() instanceof JobEntity)
                .map(cached -> (JobEntity) cached.getEntity())
                .filter(job -> EscalationJobHandler.TYPE.equals(job.getJobHandlerType()) && taskId.equals(job.getJobHandlerConfigurationRaw()))
                .forEach(jobs::add);
        jobs.stream().filter(job -> !entities.getDbEntityCache().isDeleted(job)).forEach(JobEntity::delete);
    }
}
