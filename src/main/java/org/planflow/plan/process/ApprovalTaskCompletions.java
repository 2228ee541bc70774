package org.planflow.plan.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.consultation.Answer;
import org.planflow.consultation.OpinionDecision;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.plan.PlanApprovalService;
import org.planflow.plan.Submission;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/**
 * The approval process's task kinds: reads each kind's fields (the bodies in README.md), lets
 * {@link PlanApprovalService} check and record the decision, and returns the variables that route
 * the process.
 */
@Component
class ApprovalTaskCompletions implements TaskCompletionHandler {

    private static final String STEP_WORKING_DAYS = "stepWorkingDays";

    private final PlanApprovalService approval;

    ApprovalTaskCompletions(PlanApprovalService approval) {
        this.approval = approval;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.DRAFT, TaskKind.DEPT_REVIEW, TaskKind.CONSOLIDATE, TaskKind.LEADER_APPROVAL);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        Object outcome = fields.get(PlanApprovalProcess.VAR_OUTCOME);
        long planId = task.planId();
        switch (TaskKind.valueOf(task.kind())) {
            case DRAFT -> {
                requireOutcome(outcome, PlanApprovalProcess.OUTCOME_SUBMIT);
                Submission submission = new Submission(TaskFields.strings(fields, "consultUnits"),
                        TaskFields.integer(fields, "consultWorkingDays"), TaskFields.strings(fields, "approvers"),
                        stepWorkingDays(fields.get(STEP_WORKING_DAYS)));
                approval.submit(planId, submission, task.id());
                Map<String, Object> variables = new HashMap<>();
                variables.put(PlanApprovalProcess.VAR_OUTCOME, outcome);
                variables.put(PlanApprovalProcess.VAR_CONSULT, !submission.consultUnits().isEmpty());
                // Every step's variable is written, so a resubmission without a choice clears the earlier one.
                Submission.DEADLINE_STEPS.forEach(step -> variables.put(TaskDeadlines.variable(step),
                        submission.stepWorkingDays().get(step)));
                return variables;
            }
            case DEPT_REVIEW -> approval.review(planId, string(outcome), string(fields.get("comment")), task.id());
            case LEADER_APPROVAL -> approval.approve(planId, string(outcome), string(fields.get("comment")), task.id());
            case CONSOLIDATE -> {
                requireOutcome(outcome, PlanApprovalProcess.OUTCOME_SUBMIT);
                approval.consolidate(planId, answers(fields.get("answers")), task.id());
            }
            default -> throw new IllegalArgumentException("Not an approval task: " + task.kind());
        }
        return Map.of(PlanApprovalProcess.VAR_OUTCOME, outcome);
    }

    /** {"LEADER_APPROVAL": 2, …}: working days per step, null or absent for the default. */
    private static Map<TaskKind, Integer> stepWorkingDays(Object value) {
        Map<TaskKind, Integer> steps = new EnumMap<>(TaskKind.class);
        if (value == null) {
            return steps;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInputException(STEP_WORKING_DAYS, STEP_WORKING_DAYS + " must be an object of task kinds and working days");
        }
        for (Map.Entry<?, ?> step : map.entrySet()) {
            TaskKind kind = TaskKind.of(String.valueOf(step.getKey())).orElseThrow(() -> new InvalidInputException(
                    STEP_WORKING_DAYS, "No task kind '" + step.getKey() + "' in " + STEP_WORKING_DAYS));
            String field = STEP_WORKING_DAYS + "." + kind;
            Object days = step.getValue();
            if (days != null && !(days instanceof Number number && number.doubleValue() == number.intValue())) {
                throw new InvalidInputException(field, field + " must be a whole number of working days");
            }
            steps.put(kind, days == null ? null : ((Number) days).intValue());
        }
        return steps;
    }

    private static void requireOutcome(Object outcome, String expected) {
        if (!expected.equals(outcome)) {
            throw new InvalidInputException("outcome", "outcome must be " + expected);
        }
    }

    private static List<Answer> answers(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new InvalidInputException("answers", "answers must be a list of {opinionId, decision, reason}");
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                throw new InvalidInputException("answers[" + i + "]", "Answer " + (i + 1) + " must be an object");
            }
            Object id = item.get("opinionId");
            if (!(id instanceof Number number)) {
                throw new InvalidInputException("answers[" + i + "].opinionId", "Answer " + (i + 1) + " needs the opinionId it answers");
            }
            answers.add(new Answer(number.longValue(), decision(i, item.get("decision")), string(item.get("reason"))));
        }
        return answers;
    }

    private static OpinionDecision decision(int index, Object value) {
        try {
            return value == null ? null : OpinionDecision.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("answers[" + index + "].decision",
                    "decision must be one of ADOPTED, PARTIAL, REJECTED, not " + value);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
