package org.planflow.deadline;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.deadline.persistence.TaskDeadlineRepository.Setting;
import org.planflow.deadline.persistence.TaskDeadlineRepository;
import org.planflow.deadline.process.ProcessDueDates;
import org.planflow.security.CurrentUser;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.shared.TaskKind;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline of each task kind in working days: ADMIN's setting if there is one (which may be "no
 * deadline"), else the configured default, else none. The engine asks for a new task's due date here,
 * where nobody is logged in.
 */
@Service
@Transactional
@EnableConfigurationProperties(DeadlineProperties.class)
public class TaskDeadlineService {

    /** The field of the working days a kind's tasks get (null: no deadline). */
    public static final String WORKING_DAYS = "workingDays";

    private final TaskDeadlineRepository repository;
    private final DeadlineProperties properties;
    private final Deadlines deadlines;
    private final ProcessDueDates processDueDates;
    private final AuditService audit;
    private final PlanFlowClock clock;

    public TaskDeadlineService(TaskDeadlineRepository repository, DeadlineProperties properties, Deadlines deadlines,
                               ProcessDueDates processDueDates, AuditService audit, PlanFlowClock clock) {
        this.repository = repository;
        this.properties = properties;
        this.deadlines = deadlines;
        this.processDueDates = processDueDates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every task kind's deadline, in the order of {@link TaskKind}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public List<TaskDeadline> deadlines() {
        Map<String, Setting> settings = repository.all().stream().collect(Collectors.toMap(Setting::taskKind, Function.identity()));
        Set<String> setByProcess = processDueDates.kinds();
        return Arrays.stream(TaskKind.values())
                .map(kind -> deadline(kind, Optional.ofNullable(settings.get(kind.name())), setByProcess))
                .toList();
    }

    /** The working days a new task of the kind gets by default; empty: no deadline. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Integer> workingDays(TaskKind kind) {
        return effective(kind, repository.find(kind.name()));
    }

    /**
     * When a task of the kind created now falls due: {@code overrideDays} (its process's choice) or the
     * kind's default working days from today, at the end of that working day; empty: no deadline.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Date> dueDate(TaskKind kind, Integer overrideDays) {
        return Optional.ofNullable(overrideDays).or(() -> workingDays(kind)).map(deadlines::workingDaysFromNow);
    }

    /** ADMIN sets the kind's deadline; null: its tasks get none. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public TaskDeadline set(String kind, Integer workingDays) {
        TaskKind known = known(kind);
        TaskDeadlines.check(WORKING_DAYS, workingDays, DeadlineProblem.DAYS_OR_NONE);
        Optional<Integer> before = workingDays(known);
        repository.save(known.name(), workingDays, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, DeadlineAction.TASK_DEADLINE_SET).withOutcome(known.name())
                .withDetails(known.name() + " " + text(before) + " → " + text(Optional.ofNullable(workingDays))));
        return deadline(known);
    }

    /** ADMIN returns the kind to the configured default. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
    public TaskDeadline reset(String kind) {
        TaskKind known = known(kind);
        Optional<Integer> before = workingDays(known);
        repository.delete(known.name());
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, DeadlineAction.TASK_DEADLINE_RESET).withOutcome(known.name())
                .withDetails(known.name() + " " + text(before) + " → " + text(workingDays(known))));
        return deadline(known);
    }

    private TaskDeadline deadline(TaskKind kind) {
        return deadline(kind, repository.find(kind.name()), processDueDates.kinds());
    }

    private TaskDeadline deadline(TaskKind kind, Optional<Setting> setting, Set<String> setByProcess) {
        return new TaskDeadline(kind, effective(kind, setting).orElse(null), properties.workingDays().get(kind),
                setting.isPresent(), setByProcess.contains(kind.name()));
    }

    private Optional<Integer> effective(TaskKind kind, Optional<Setting> setting) {
        return setting.isPresent() ? Optional.ofNullable(setting.get().workingDays())
                : Optional.ofNullable(properties.workingDays().get(kind));
    }

    private static TaskKind known(String kind) {
        return TaskKind.of(kind).orElseThrow(() -> new NotFoundException("No task kind '" + kind + "'"));
    }

    private static String text(Optional<Integer> days) {
        return days.map(String::valueOf).orElse("-");
    }
}
