package org.planflow.inbox.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.planflow.inbox.persistence.InboxTaskRepository;
import org.springframework.stereotype.Component;

/**
 * Boundary timers (a consultation's deadline, an acknowledgement's deadline) take the same lock as
 * everyone else acting on a task: before the timer fires, it holds the open tasks of its process
 * instance, so a completion in flight finishes first. If that completion ended the timer's activity,
 * the timer has lost the race and stops as the engine's concurrency conflict, before the engine walks an
 * execution tree that no longer exists; the job is gone with its activity and nothing is recorded.
 */
@Component
class BoundaryTimerGuard extends AbstractProcessEnginePlugin {

    private final InboxTaskRepository repository;

    BoundaryTimerGuard(InboxTaskRepository repository) {
        this.repository = repository;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new GuardedTimerHandler());
        configuration.setCustomJobHandlers(handlers);
    }

    /** Replaces the engine's handler of boundary timers (same type), holding the tasks before it fires. */
    private final class GuardedTimerHandler extends TimerExecuteNestedActivityJobHandler {

        @Override
        public void execute(TimerJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
                            String tenantId) {
            if (execution != null) {
                repository.lockOfProcessInstance(execution.getProcessInstanceId());
            }
            if (execution == null || !repository.executionExists(execution.getId())) {
                throw new OptimisticLockingException("The activity of timer " + configuration.getTimerElementKey()
                        + " was ended by another transaction");
            }
            super.execute(configuration, execution, commandContext, tenantId);
        }
    }
}
