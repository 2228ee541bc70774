package org.planflow.inbox;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.inbox.persistence.InboxTaskRepository;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
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
    private final OrganizationService organization;
    private final TaskService taskService;
    private final PlanFlowClock clock;
    private final WorkingCalendar calendar;

    public InboxService(InboxTaskRepository repository, OrganizationService organization, TaskService taskService,
                        PlanFlowClock clock, WorkingCalendar calendar) {
        this.calendar = calendar;
        this.repository = repository;
        this.organization = organization;
        this.taskService = taskService;
        this.clock = clock;
    }

    public InboxPage page(String kind, int page, int size) {
        checkPage(page, size);
        List<InboxEntry> items = fetch(kind, page * size, size);
        return new InboxPage(items, page, size, count(kind));
    }

    /** Rows {@code offset} to {@code offset + limit} of the inbox, newest first; for lazy grids. */
    public List<InboxEntry> fetch(String kind, int offset, int limit) {
        String username = CurrentUser.require();
        return repository.page(username, organization.groupsOf(username), blankToNull(kind), FIRST_KINDS, offset, limit,
                        clock.instant())
                .stream().map(this::withWorkingDaysLeft).toList();
    }

    /** The caller's completed tasks (已办), newest first. */
    public DonePage done(int page, int size) {
        checkPage(page, size);
        String username = CurrentUser.require();
        return new DonePage(repository.done(username, page * size, size), page, size, repository.countDone(username));
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
    public java.util.Optional<InboxEntry> openTask(String taskId) {
        return repository.find(taskId, clock.instant());
    }

    /** Takes a task offered to the caller's unit, so colleagues see it is being handled. */
    @Transactional
    public InboxEntry claim(String taskId) {
        String username = CurrentUser.require();
        InboxEntry entry = task(taskId);
        if (entry.assignee() != null) {
            if (entry.assignee().equals(username)) {
                return entry;
            }
            throw new ConflictException("Task '" + taskId + "' was already claimed by " + entry.assignee());
        }
        try {
            taskService.claim(taskId, username);
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("Task '" + taskId + "' was claimed by someone else a moment ago");
        }
        return task(taskId);
    }

    /** Gives a claimed task back to the unit; a task meant for the caller personally has no unit to go back to. */
    @Transactional
    public InboxEntry release(String taskId) {
        String username = CurrentUser.require();
        InboxEntry entry = task(taskId);
        if (!username.equals(entry.assignee())) {
            throw new ConflictException("Task '" + taskId + "' is not claimed by you");
        }
        if (!mayRelease(entry)) {
            throw new ConflictException("Task '" + taskId + "' is yours personally and cannot be given back to a unit");
        }
        taskService.setAssignee(taskId, null);
        return task(taskId);
    }

    /** Whether the task is offered to a group or to several people, so releasing it gives it back to them. */
    public boolean mayRelease(InboxEntry entry) {
        return taskService.getIdentityLinksForTask(entry.id()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }

    private InboxEntry withWorkingDaysLeft(InboxEntry entry) {
        if (entry.due() == null) {
            return entry;
        }
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        return entry.withWorkingDaysLeft(calendar.workingDaysBetween(today, entry.due().atZone(calendar.zone()).toLocalDate()));
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
