package org.planflow.supervision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.ItemAcceptanceService;
import org.planflow.supervision.ItemAssignmentService;
import org.planflow.supervision.ItemProgressService;
import org.planflow.shared.Milestone;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.SupervisionFields;
import org.planflow.supervision.SupervisionProblem;
import org.springframework.stereotype.Component;

/**
 * The supervision kinds (their bodies are in README.md): reads the fields, lets the services check and record
 * them, and returns the variables that route task-supervision.bpmn.
 */
@Component
class SupervisionTaskCompletions implements TaskCompletionHandler {

    private final ItemAssignmentService assignments;
    private final ItemAcceptanceService acceptance;
    private final ItemProgressService progress;
    private final SupervisionEngine engine;

    SupervisionTaskCompletions(ItemAssignmentService assignments, ItemAcceptanceService acceptance,
                               ItemProgressService progress, SupervisionEngine engine) {
        this.assignments = assignments;
        this.acceptance = acceptance;
        this.progress = progress;
        this.engine = engine;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.ASSIGN_LEAD_UNIT, TaskKind.ACCEPT_ASSIGNMENT, TaskKind.REPORT_PROGRESS, TaskKind.REVIEW_REPORT,
                TaskKind.VERIFY_CLOSURE, TaskKind.REVIEW_EXTENSION, TaskKind.ANSWER_SUPERVISION_NOTICE);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(TaskSupervisionProcess.VAR_OUTCOME));
        long itemId = number(task, TaskSupervisionProcess.VAR_ITEM_ID);
        String comment = TaskFields.string(fields, SupervisionFields.COMMENT);
        switch (kind) {
            case ASSIGN_LEAD_UNIT -> assignments.assignLeadUnit(itemId, TaskFields.string(fields, SupervisionFields.LEAD_UNIT),
                    task.id());
            case ACCEPT_ASSIGNMENT -> acceptance.accept(itemId, TaskFields.string(fields, SupervisionFields.MEASURES),
                    milestones(fields),
                    TaskFields.string(fields, SupervisionFields.RESPONSIBLE), task.id());
            case REPORT_PROGRESS -> {
                ReportStatus status = progress.submitReport(itemId, number(task, TaskSupervisionProcess.VAR_REPORT_ID),
                        TaskFields.string(fields, SupervisionFields.PROGRESS),
                        TaskFields.integer(fields, SupervisionFields.PERCENT),
                        TaskFields.string(fields, SupervisionFields.STATUS),
                        TaskFields.string(fields, SupervisionFields.PROBLEMS),
                        TaskFields.string(fields, SupervisionFields.NEXT_STEPS), fields.get(SupervisionFields.TARGET_VALUES),
                        task.id());
                return Map.of(TaskSupervisionProcess.VAR_OUTCOME, outcome.value(), TaskSupervisionProcess.VAR_REPORT_STATUS,
                        status.name());
            }
            case REVIEW_REPORT -> progress.reviewReport(itemId, number(task, TaskSupervisionProcess.VAR_REPORT_ID), outcome,
                    comment, task.id());
            case VERIFY_CLOSURE -> progress.verifyClosure(itemId, number(task, TaskSupervisionProcess.VAR_REPORT_ID), outcome,
                    comment, task.id());
            case REVIEW_EXTENSION -> progress.decideExtension(itemId, local(task, TaskSupervisionProcess.VAR_EXTENSION_ID),
                    outcome, comment, task.id());
            case ANSWER_SUPERVISION_NOTICE -> progress.answerNotice(itemId, local(task, TaskSupervisionProcess.VAR_NOTICE_ID),
                    TaskFields.string(fields, SupervisionFields.TEXT), task.id());
            default -> throw new IllegalStateException("Not a supervision task: " + kind);
        }
        return Map.of(TaskSupervisionProcess.VAR_OUTCOME, outcome.value());
    }

    private long number(InboxEntry task, String variable) {
        return ((Number) engine.variable(task.processInstanceId(), variable)).longValue();
    }

    /** A variable of the event subprocess the task belongs to (one per request or notice). */
    private long local(InboxEntry task, String variable) {
        return ((Number) engine.taskVariable(task.id(), variable)).longValue();
    }

    private static List<Milestone> milestones(Map<String, Object> fields) {
        Object value = fields.get(SupervisionFields.MILESTONES);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw SupervisionProblem.MILESTONES_NOT_A_LIST.at(SupervisionFields.MILESTONES);
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                throw SupervisionProblem.MILESTONE_NOT_AN_OBJECT.at(SupervisionFields.milestone(i, null), i + 1);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) item;
            java.time.LocalDate due;
            try {
                due = TaskFields.date(entry, SupervisionFields.MILESTONE_DUE);
            } catch (InvalidInputException e) {
                throw SupervisionProblem.MILESTONE_DUE_INVALID.at(SupervisionFields.milestone(i, SupervisionFields.MILESTONE_DUE),
                        i + 1);
            }
            milestones.add(new Milestone(TaskFields.string(entry, SupervisionFields.MILESTONE_TEXT), due));
        }
        return milestones;
    }
}
