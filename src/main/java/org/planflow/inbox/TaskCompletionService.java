package org.planflow.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.planflow.forms.FormValidator;
import org.planflow.forms.TaskForms;
import org.planflow.inbox.persistence.LockedTask;
import org.planflow.inbox.process.EngineTasks;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a task for the caller: only its assignee, or a member of a group it is offered to while
 * nobody holds it, may complete it; a task completed before is a conflict, and a second completion
 * racing the first waits on the inbox row and then finds the task gone. The task's Camunda form,
 * if it has one, checks and types its fields; business checks and records come from the
 * {@link TaskCompletionHandler} of the task's kind, in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class TaskCompletionService {

    private final Map<String, TaskCompletionHandler> handlers;
    private final TaskLocks locks;
    private final OrganizationService organization;
    private final EngineTasks engine;
    private final TaskForms forms;
    private final PlanFlowClock clock;

    public TaskCompletionService(List<TaskCompletionHandler> handlers, TaskLocks locks, OrganizationService organization,
                                 EngineTasks engine, TaskForms forms, PlanFlowClock clock) {
        this.forms = forms;
        this.handlers = handlers.stream()
                .flatMap(handler -> handler.kinds().stream().map(kind -> Map.entry(kind.name(), handler)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.locks = locks;
        this.organization = organization;
        this.engine = engine;
        this.clock = clock;
    }

    /** Checks that the caller may complete the task, then completes it with the given fields. */
    public void complete(String taskId, Map<String, Object> fields) {
        String username = CurrentUser.require();
        LockedTask locked = locks.lock(taskId, clock.instant());
        List<String> groups = organization.groupsOf(username);
        InboxEntry task = locked.entry();
        requireAllowed(locked, username, groups);

        Map<String, Object> checked = forms.forTask(taskId)
                .map(form -> FormValidator.validate(form, fields))
                .orElse(fields);
        TaskCompletionHandler handler = handlers.get(task.kind());
        Map<String, Object> variables = handler == null
                ? new HashMap<>(checked)
                : handler.complete(task, username, checked);

        engine.complete(taskId, username, groups, !username.equals(task.assignee()), variables);
    }

    private static void requireAllowed(LockedTask locked, String username, List<String> groups) {
        InboxEntry task = locked.entry();
        boolean offered = locked.offeredTo(username, groups);
        if (task.assignee() != null && task.assignee().equals(username)) {
            return;
        }
        if (offered && locked.heldByFirstHolder()) {
            // Given to the unit's liaison as it opened: a colleague may still do it (decision 056).
            return;
        }
        if (task.assignee() != null && offered) {
            throw TaskProblem.HELD.of(task.id(), task.assignee());
        }
        if (task.assignee() != null || !offered) {
            // As in the inbox: a task not offered to the caller is not theirs to know of (docs/security.md).
            throw new NotFoundException("No open task '" + task.id() + "' in your inbox");
        }
    }
}
