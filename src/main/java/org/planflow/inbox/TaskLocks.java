package org.planflow.inbox;

import java.time.Instant;
import java.util.Optional;

import org.planflow.inbox.persistence.InboxTaskRepository;
import org.planflow.inbox.process.EngineTasks;
import org.planflow.inbox.persistence.LockedTask;
import org.planflow.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one order in which a task changes: whoever claims, releases, completes or withdraws it first locks its
 * inbox row until their transaction ends; whoever comes second waits, then sees what the first did (the row
 * gone, or someone holding the task) and is refused cleanly instead of failing in the engine.
 */
@Component
class TaskLocks {

    private final InboxTaskRepository repository;
    private final EngineTasks engine;

    TaskLocks(InboxTaskRepository repository, EngineTasks engine) {
        this.repository = repository;
        this.engine = engine;
    }

    /** The open task, locked; a task gone meanwhile is a conflict, one that never existed unknown (404). */
    LockedTask lock(String taskId, Instant now) {
        return repository.lock(taskId, now).orElseThrow(() -> gone(taskId));
    }

    /** The open task, locked; empty when it is done. */
    Optional<InboxEntry> hold(String taskId, Instant now) {
        return repository.lock(taskId, now).map(LockedTask::entry);
    }

    /** Locks every open task of the process instance. */
    void lockOpenTasksOf(String processInstanceId) {
        repository.lockOfProcessInstance(processInstanceId);
    }

    private RuntimeException gone(String taskId) {
        return engine.endedByCompletion(taskId)
                .map(completed -> completed ? TaskProblem.COMPLETED.of(taskId) : TaskProblem.CLOSED.of(taskId))
                .orElseGet(() -> new NotFoundException("No open task '" + taskId + "'"));
    }
}
