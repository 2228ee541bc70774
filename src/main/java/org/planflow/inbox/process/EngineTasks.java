package org.planflow.inbox.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.planflow.inbox.TaskProblem;
import org.springframework.stereotype.Component;

/**
 * The engine's part of the inbox's changes to a task: claim, give back, complete, and how a task no longer open ended.
 * A clash inside the engine (another transaction changed the task a moment ago) is the inbox's CHANGED conflict.
 */
@Component
public class EngineTasks {

    /** Camunda's delete reason of a task that was completed, as opposed to one its process ended. */
    private static final String COMPLETED = "completed";

    private final ProcessEngineConfigurationImpl configuration;
    private final IdentityService identityService;
    private final TaskService tasks;
    private final HistoryService history;

    EngineTasks(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.identityService = engine.getIdentityService();
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
    }

    /**
     * Completes the task as the caller. A task offered to a unit is assigned to the person completing it, and completed,
     * in one engine command, so the task is read and written once and the engine flushes once (decision 041); the
     * assignment is recorded as Camunda's own {@code setAssignee} records it.
     */
    public void complete(String taskId, String username, List<String> groups, boolean assign, Map<String, Object> variables) {
        identityService.setAuthentication(username, groups);
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                if (assign) {
                    new AssignTaskCmd(taskId, username).execute(context);
                }
                return new CompleteTaskCmd(taskId, variables).execute(context);
            });
        } catch (OptimisticLockingException e) {
            throw TaskProblem.CHANGED.of(taskId);
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void claim(String taskId, String username) {
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw TaskProblem.CHANGED.of(taskId);
        }
    }

    /** Gives the task to the caller whoever holds it; the inbox decided they may (a task given to a unit's liaison). */
    public void takeOver(String taskId, String username) {
        try {
            tasks.setAssignee(taskId, username);
        } catch (OptimisticLockingException e) {
            throw TaskProblem.CHANGED.of(taskId);
        }
    }

    public void unassign(String taskId) {
        tasks.setAssignee(taskId, null);
    }

    /** Whether the task is offered to a group or to several people (rather than meant for one person alone). */
    public boolean offeredToCandidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }

    /** How a task that is no longer open ended: completed (true) or with its process (false); empty if it never existed. */
    public Optional<Boolean> endedByCompletion(String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        return Optional.ofNullable(done).map(task -> COMPLETED.equals(task.getDeleteReason()));
    }
}
