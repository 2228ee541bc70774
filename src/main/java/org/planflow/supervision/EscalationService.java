package org.planflow.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.notification.Notice;
import org.planflow.notification.NoticeKind;
import org.planflow.notification.Notices;
import org.planflow.notification.NotificationService;
import org.planflow.organization.Groups;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.ResponsibleLeaderService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.shared.TransactionMemo;
import org.planflow.supervision.persistence.EscalationRepository;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladder. The engine calls {@link #reachDueSteps} from a timer job when a step falls
 * due; each step is recorded once (a unique index holds across nodes) and its notice sent, then the
 * next step is scheduled. Supervisors may also urge by hand at any time.
 */
@Service
@Transactional
public class EscalationService {

    private static final String RULES = "escalation-rules";
    public static final int MAX_URGE_MESSAGE = 2000;
    public static final int MAX_OFFSET_WORKING_DAYS = 60;

    private final EscalationRepository repository;
    private final InboxService inbox;
    private final WorkingCalendar calendar;
    private final NotificationService notifications;
    private final Notices notices;
    private final PlanFlowClock clock;
    private final ItemRepository items;
    private final ResponsibleLeaderService leaders;
    private final AuditService audit;
    private final OrganizationService organization;

    public EscalationService(EscalationRepository repository, InboxService inbox, WorkingCalendar calendar,
                             NotificationService notifications, Notices notices, PlanFlowClock clock, ItemRepository items,
                             ResponsibleLeaderService leaders, AuditService audit, OrganizationService organization) {
        this.organization = organization;
        this.items = items;
        this.audit = audit;
        this.leaders = leaders;
        this.repository = repository;
        this.inbox = inbox;
        this.calendar = calendar;
        this.notifications = notifications;
        this.notices = notices;
        this.clock = clock;
    }

    /** The ladder for a kind of task: its own rules if any, else the defaults; enabled steps in order. */
    @Transactional(readOnly = true)
    public List<EscalationRule> ladder(String taskKind) {
        // Read once per transaction: issuing to 1,000 units schedules 1,000 ladders in one (decision 039).
        List<EscalationRule> all = TransactionMemo.get(RULES, repository::rules);
        List<EscalationRule> own = all.stream().filter(rule -> rule.taskKind().equals(taskKind)).toList();
        List<EscalationRule> rules = own.isEmpty()
                ? all.stream().filter(rule -> rule.taskKind().equals(EscalationRule.ANY_KIND)).toList()
                : own;
        return rules.stream().filter(EscalationRule::enabled)
                .sorted(Comparator.comparingInt((EscalationRule rule) -> rule.step().level()))
                .toList();
    }

    /** The next step an open task with a due date will reach; empty when none is left. */
    @Transactional(readOnly = true)
    public Optional<ScheduledStep> nextStep(String taskId) {
        Optional<InboxEntry> task = inbox.openTask(taskId);
        if (task.isEmpty() || task.get().due() == null) {
            return Optional.empty();
        }
        Set<EscalationStep> reached = repository.stepsReached(taskId);
        return ladder(task.get().kind()).stream()
                .filter(rule -> !reached.contains(rule.step()))
                .findFirst()
                .map(rule -> new ScheduledStep(taskId, rule.step(),
                        calendar.addWorkingDays(task.get().due(), rule.offsetWorkingDays())));
    }

    /**
     * The first step of a task just created, from what its creation knows: a new task has reached no step yet and its
     * due date is the one given, so nothing need be read back (decision 039).
     */
    @Transactional(readOnly = true)
    public Optional<ScheduledStep> firstStep(String taskId, String taskKind, Instant due) {
        if (due == null) {
            return Optional.empty();
        }
        return ladder(taskKind).stream().findFirst()
                .map(rule -> new ScheduledStep(taskId, rule.step(), calendar.addWorkingDays(due, rule.offsetWorkingDays())));
    }

    /**
     * Records, in order, every step whose time has come, notifies for each, and tells what comes next.
     * Nothing happens for a task that is done. The task is held first, so a completion in flight finishes
     * before (and the task is done), or one arriving waits until the steps are recorded and the next
     * timer is in place, which it then cancels: the user's completion never clashes with the ladder.
     */
    public Optional<ScheduledStep> reachDueSteps(String taskId) {
        Optional<InboxEntry> held = inbox.holdOpenTask(taskId);
        if (held.isEmpty() || held.get().due() == null) {
            return Optional.empty();
        }
        // The held row and the steps reached are read once: nothing else changes them while the row is held.
        InboxEntry task = held.get();
        Instant now = clock.instant();
        Set<EscalationStep> reached = repository.stepsReached(taskId);
        for (EscalationRule rule : ladder(task.kind())) {
            if (reached.contains(rule.step())) {
                continue;
            }
            Instant at = calendar.addWorkingDays(task.due(), rule.offsetWorkingDays());
            if (at.isAfter(now)) {
                return Optional.of(new ScheduledStep(taskId, rule.step(), at));
            }
            if (repository.recordLadderStep(task, rule.step(), now)) {
                notifyStep(task, rule.step(), null);
            }
        }
        return Optional.empty();
    }

    /** A supervisor's urge notice (催办) for any open task, with a message; it may be sent more than once. */
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "','" + Roles.ADMIN + "')")
    public EscalationEvent urge(String taskId, String message) {
        if (message == null || message.isBlank()) {
            throw SupervisionProblem.URGE_MESSAGE_REQUIRED.at(SupervisionFields.MESSAGE);
        }
        if (message.length() > MAX_URGE_MESSAGE) {
            throw SupervisionProblem.TOO_LONG.at(SupervisionFields.MESSAGE, SupervisionFields.MESSAGE, MAX_URGE_MESSAGE);
        }
        InboxEntry task = inbox.openTask(taskId).orElseThrow(() -> new NotFoundException("No open task '" + taskId + "'"));
        repository.recordManualUrge(task, CurrentUser.require(), message.strip(), clock.instant());
        notifyStep(task, EscalationStep.URGE, message.strip());
        List<EscalationEvent> events = repository.events(taskId);
        return events.get(events.size() - 1);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "','" + Roles.LEADER + "','" + Roles.ADMIN + "')")
    public PageOf<EscalationEvent> events(String taskId, PageRequest page) {
        return PageOf.of(repository.events(taskId, page.offset(), page.size()), page, repository.countEvents(taskId));
    }

    /** One page of the open tasks past due, most overdue first, with how many there are; unit and kind filter when given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "','" + Roles.LEADER + "','" + Roles.ADMIN + "')")
    public PageOf<OverdueItem> overdue(String unit, String kind, PageRequest page) {
        Instant now = clock.instant();
        String unitCode = blankToNull(unit);
        String taskKind = blankToNull(kind);
        List<EscalationRepository.OverdueRow> rows = repository.overdue(now, unitCode, taskKind, page.offset(), page.size());
        Map<String, Integer> levels = repository.levels(rows.stream().map(EscalationRepository.OverdueRow::taskId).toList());
        var today = now.atZone(calendar.zone()).toLocalDate();
        List<OverdueItem> items = new ArrayList<>(rows.size());
        for (EscalationRepository.OverdueRow row : rows) {
            int overdueDays = Math.max(0, calendar.workingDaysBetween(row.due().atZone(calendar.zone()).toLocalDate(), today));
            items.add(new OverdueItem(row.planId(), row.planTitle(), row.taskId(), row.name(), row.kind(), row.unitCode(),
                    row.unitName(), row.assignee(), row.assigneeName(), row.due(), overdueDays,
                    levels.getOrDefault(row.taskId(), 0)));
        }
        return PageOf.of(items, page, repository.countOverdue(now, unitCode, taskKind));
    }

    /** The kinds of the open tasks past due, for filtering the overdue list. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "','" + Roles.LEADER + "','" + Roles.ADMIN + "')")
    public List<String> overdueKinds() {
        return repository.overdueKinds(clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.SUPERVISOR + "','" + Roles.ADMIN + "')")
    public List<EscalationRule> rules() {
        return repository.rules();
    }

    /** Replaces the ladder of one task kind ('*' for the default). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void saveLadder(String taskKind, List<EscalationRule> rules) {
        if (taskKind == null || taskKind.isBlank()) {
            throw SupervisionProblem.TASK_KIND_REQUIRED.at(SupervisionFields.TASK_KIND);
        }
        if (rules.stream().map(EscalationRule::step).distinct().count() != rules.size()) {
            throw SupervisionProblem.STEP_REPEATED.at(SupervisionFields.RULES);
        }
        for (EscalationRule rule : rules) {
            if (Math.abs(rule.offsetWorkingDays()) > MAX_OFFSET_WORKING_DAYS) {
                throw SupervisionProblem.OFFSET_OUT_OF_RANGE.at(SupervisionFields.OFFSET_WORKING_DAYS,
                        MAX_OFFSET_WORKING_DAYS);
            }
        }
        String before = describe(repository.rules().stream().filter(rule -> rule.taskKind().equals(taskKind)).toList());
        TransactionMemo.forget(RULES);
        repository.deleteRules(taskKind);
        rules.forEach(rule -> repository.saveRule(new EscalationRule(taskKind, rule.step(), rule.offsetWorkingDays(), rule.enabled())));
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, SupervisionAction.ESCALATION_LADDER_SAVED).withOutcome(taskKind)
                .withSubject("escalation-rules:" + taskKind).withDetails(taskKind + " " + before + " → " + describe(rules)));
    }

    /** A ladder as the trail shows it: each step with its offset in working days, "off" where disabled. */
    private static String describe(List<EscalationRule> ladder) {
        return ladder.isEmpty() ? "-" : ladder.stream()
                .sorted(Comparator.comparingInt((EscalationRule rule) -> rule.step().level()))
                .map(rule -> rule.step() + " " + rule.offsetWorkingDays() + (rule.enabled() ? "" : " off"))
                .collect(Collectors.joining(", "));
    }

    private void notifyStep(InboxEntry task, EscalationStep step, String manualMessage) {
        List<String> unitGroups = task.unit() == null ? List.of() : List.of(Groups.ofUnit(task.unit()));
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>(task.assignee() == null ? List.of() : List.of(task.assignee()));
        String titleKey;
        switch (step) {
            case REMINDER -> {
                titleKey = "notice.reminder.title";
                groups.addAll(unitGroups);
            }
            case OVERDUE -> {
                titleKey = "notice.overdue.title";
                groups.addAll(unitGroups);
            }
            case URGE -> {
                titleKey = manualMessage == null ? "notice.urge.title" : "notice.manualUrge.title";
                groups.addAll(unitGroups);
                groups.addAll(unitHeads(task));
            }
            case ESCALATE -> {
                titleKey = "notice.escalate.title";
                groups.addAll(unitGroups);
                groups.addAll(unitHeads(task));
                groups.addAll(supervisionOffice());
                responsibleLeader(task).ifPresentOrElse(users::add, () -> groups.add(Groups.ofRole(Roles.LEADER)));
            }
            default -> throw new IllegalStateException("Unknown step " + step);
        }
        String body = notices.planLine(task.planTitle(), task.due())
                + (task.unit() == null ? "" : " " + notices.text("notice.unit", task.unit()))
                + (manualMessage == null ? "" : "\n" + manualMessage);
        notifications.send(new Notice(NoticeKind.valueOf(step.name()), notices.text(titleKey, task.name()), body,
                "tasks/" + task.id(), task.id(), task.planId()), groups, users);
    }

    /**
     * Who answers for an escalated task: the supervised item's responsible leader, else its plan's
     * (分管领导, the first leader who approved it); empty where neither is known, so every leader hears it.
     */
    private Optional<String> responsibleLeader(InboxEntry task) {
        Optional<String> ofItem = items.responsibleLeaderOfProcess(task.processInstanceId());
        if (ofItem.isPresent() || task.planId() == null) {
            return ofItem;
        }
        return leaders.responsibleLeader(task.planId());
    }

    /**
     * The supervision office (督查室) as a unit hears an escalation: its head, its staff while it has none (decision 046);
     * every supervisor only where no such unit exists, so an escalation is never unheard.
     */
    private List<String> supervisionOffice() {
        List<String> heads = organization.supervisionOfficeHeads();
        return heads.isEmpty() ? List.of(Groups.ofRole(Roles.SUPERVISOR)) : heads;
    }

    /** The unit's head (负责人), as the administrator names them; the unit's staff while it has none. */
    private static List<String> unitHeads(InboxEntry task) {
        return task.unit() == null ? List.of() : List.of(Groups.ofUnitHead(task.unit()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
