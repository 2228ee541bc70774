package org.planflow.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.planflow.calendar.WorkingCalendar;
import org.planflow.inbox.persistence.InboxTaskRepository;
import org.planflow.inbox.persistence.LockedTask;
import org.planflow.inbox.process.EngineTasks;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's open tasks: assigned to them, or offered to their unit and role groups. A task the
 * caller may not see is reported as unknown, so ids of other units' tasks reveal nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InboxService {

    public static final int MAX_PAGE_SIZE = 200;
    /** Circulated plans waiting for acknowledgement come first: a township's most frequent and quickest work. */
    private static final List<String> FIRST_KINDS = List.of(TaskKind.ACKNOWLEDGE.name());

    private final InboxTaskRepository repository;
    private final TaskLocks locks;
    private final OrganizationService organization;
    private final EngineTasks engine;
    private final PlanFlowClock clock;
    private final WorkingCalendar calendar;

    public InboxService(InboxTaskRepository repository, TaskLocks locks, OrganizationService organization,
                        EngineTasks engine, PlanFlowClock clock, WorkingCalendar calendar) {
        this.locks = locks;
        this.calendar = calendar;
        this.repository = repository;
        this.organization = organization;
        this.engine = engine;
        this.clock = clock;
    }

    public PageOf<InboxEntry> page(String kind, PageRequest page) {
        return PageOf.of(fetch(kind, page.offset(), page.size()), page, count(kind));
    }

    /** Rows {@code offset} to {@code offset + limit} of the inbox, newest first; for lazy grids. */
    public List<InboxEntry> fetch(String kind, int offset, int limit) {
        String username = CurrentUser.require();
        return repository.page(username, organization.groupsOf(username), blankToNull(kind), FIRST_KINDS, offset, limit,
                        clock.instant())
                .stream().map(this::withWorkingDaysLeft).toList();
    }

    /** The caller's completed tasks (已办), newest first. */
    public PageOf<DoneEntry> done(PageRequest page) {
        String username = CurrentUser.require();
        return PageOf.of(repository.done(username, page.offset(), page.size()), page, repository.countDone(username));
    }

    /** Rows of the caller's done list, for lazy grids. */
    public List<DoneEntry> fetchDone(int offset, int limit) {
        return repository.done(CurrentUser.require(), offset, limit);
    }

    public long countDone() {
        return repository.countDone(CurrentUser.require());
    }

    public long count(String kind) {
        String username = CurrentUser.require();
        return repository.count(username, organization.groupsOf(username), blankToNull(kind));
    }

    public InboxEntry task(String taskId) {
        String username = CurrentUser.require();
        return repository.findVisible(taskId, username, organization.groupsOf(username), clock.instant())
                .map(this::withWorkingDaysLeft)
                .orElseThrow(() -> new NotFoundException("No open task '" + taskId + "' in your inbox"));
    }

    /** The caller's open tasks of one plan, so a plan's page can lead straight to them. */
    public List<InboxEntry> tasksOfPlan(long planId) {
        String username = CurrentUser.require();
        return repository.ofPlan(planId, username, organization.groupsOf(username), clock.instant());
    }

    /** An open task by id, for the system itself (engine jobs with nobody logged in); empty once done. */
    @PreAuthorize("permitAll()")
    public Optional<InboxEntry> openTask(String taskId) {
        return repository.find(taskId, clock.instant());
    }

    /**
     * Takes a task offered to the caller's unit, so colleagues see it is being handled. Claims of one task
     * run one after the other: the first takes it, a colleague after it is told who holds it (409), and the
     * holder claiming again is simply answered with the task. A task the unit's liaison holds because it was given
     * to them as it opened is taken over from them.
     */
    @Transactional
    public InboxEntry claim(String taskId) {
        String username = CurrentUser.require();
        LockedTask locked = locks.lock(taskId, clock.instant());
        String assignee = locked.entry().assignee();
        if (username.equals(assignee)) {
            return task(taskId);
        }
        if (!locked.offeredTo(username, organization.groupsOf(username))) {
            throw new NotFoundException("No open task '" + taskId + "' in your inbox");
        }
        if (locked.heldByFirstHolder()) {
            engine.takeOver(taskId, username);
            return task(taskId);
        }
        if (assignee != null) {
            throw TaskProblem.HELD.of(taskId, assignee);
        }
        engine.claim(taskId, username);
        return task(taskId);
    }

    /** Gives a claimed task back to the unit; a task meant for the caller personally has no unit to go back to. */
    @Transactional
    public InboxEntry release(String taskId) {
        String username = CurrentUser.require();
        locks.lock(taskId, clock.instant());
        InboxEntry entry = task(taskId);
        if (!username.equals(entry.assignee())) {
            throw TaskProblem.NOT_HELD.of(taskId);
        }
        if (!mayRelease(entry)) {
            throw TaskProblem.PERSONAL.of(taskId);
        }
        engine.unassign(taskId);
        return task(taskId);
    }

    /**
     * An open task for the system itself (engine jobs), its row held until the transaction ends, so that a
     * claim or completion in flight finishes first and one arriving waits; empty once the task is done.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<InboxEntry> holdOpenTask(String taskId) {
        return locks.hold(taskId, clock.instant());
    }

    /**
     * Holds every open task of the process instance until the caller's transaction ends, so that no claim
     * or completion of them runs meanwhile and one in flight has finished: for changes that end a process's
     * tasks from outside (撤回), which must see the tasks as they are.
     */
    @Transactional
    public void holdOpenTasks(String processInstanceId) {
        locks.lockOpenTasksOf(processInstanceId);
    }

    /** Whether the task is offered to a group or to several people, so releasing it gives it back to them. */
    public boolean mayRelease(InboxEntry entry) {
        return engine.offeredToCandidates(entry.id());
    }

    private InboxEntry withWorkingDaysLeft(InboxEntry entry) {
        if (entry.due() == null) {
            return entry;
        }
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        return entry.withWorkingDaysLeft(calendar.workingDaysBetween(today, entry.due().atZone(calendar.zone()).toLocalDate()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
