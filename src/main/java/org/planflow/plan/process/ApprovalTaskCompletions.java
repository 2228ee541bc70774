package org.planflow.plan.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.consultation.Answer;
import org.planflow.consultation.ConsultationFields;
import org.planflow.consultation.OpinionDecision;
import org.planflow.deadline.TaskDeadlines;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.PlanApprovalService;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanProblem;
import org.planflow.plan.Submission;
import org.planflow.shared.ListFields;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/**
 * The approval process's task kinds: reads each kind's fields (the bodies in README.md), lets
 * {@link PlanApprovalService} check and record the decision, and returns the variables that route
 * the process.
 */
@Component
class ApprovalTaskCompletions implements TaskCompletionHandler {

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
                Submission submission = new Submission(TaskFields.strings(fields, PlanFields.CONSULT_UNITS),
                        TaskFields.integer(fields, PlanFields.CONSULT_WORKING_DAYS), TaskFields.strings(fields, PlanFields.APPROVERS),
                        stepWorkingDays(fields.get(PlanFields.STEP_WORKING_DAYS)));
                approval.submit(planId, submission, task.id());
                Map<String, Object> variables = new HashMap<>();
                variables.put(PlanApprovalProcess.VAR_OUTCOME, outcome);
                variables.put(PlanApprovalProcess.VAR_CONSULT, !submission.consultUnits().isEmpty());
                // Every step's variable is written, so a resubmission without a choice clears the earlier one.
                Submission.DEADLINE_STEPS.forEach(step -> variables.put(TaskDeadlines.variable(step),
                        submission.stepWorkingDays().get(step)));
                return variables;
            }
            case DEPT_REVIEW -> approval.review(planId, string(outcome), string(fields.get(PlanFields.COMMENT)), task.id());
            case LEADER_APPROVAL -> approval.approve(planId, string(outcome), string(fields.get(PlanFields.COMMENT)), task.id());
            case CONSOLIDATE -> {
                requireOutcome(outcome, PlanApprovalProcess.OUTCOME_SUBMIT);
                approval.consolidate(planId, answers(fields.get(ConsultationFields.ANSWERS)), task.id());
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
            throw PlanProblem.STEPS_NOT_AN_OBJECT.at(PlanFields.STEP_WORKING_DAYS);
        }
        for (Map.Entry<?, ?> step : map.entrySet()) {
            TaskKind kind = TaskKind.of(String.valueOf(step.getKey()))
                    .orElseThrow(() -> PlanProblem.STEP_UNKNOWN.at(PlanFields.STEP_WORKING_DAYS, step.getKey()));
            String field = PlanFields.step(kind);
            Object days = step.getValue();
            if (days != null && !(days instanceof Number number && number.doubleValue() == number.intValue())) {
                throw PlanProblem.STEP_DAYS_NOT_WHOLE.at(field, field);
            }
            steps.put(kind, days == null ? null : ((Number) days).intValue());
        }
        return steps;
    }

    private static void requireOutcome(Object outcome, String expected) {
        if (!expected.equals(outcome)) {
            throw PlanProblem.OUTCOME_INVALID.at(TaskKinds.VAR_OUTCOME, expected);
        }
    }

    private static List<Answer> answers(Object value) {
        if (!(value instanceof List<?> list)) {
            throw PlanProblem.ANSWERS_NOT_A_LIST.at(ConsultationFields.ANSWERS);
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                throw PlanProblem.ANSWER_NOT_AN_OBJECT.at(ListFields.at(ConsultationFields.ANSWERS, i), i + 1);
            }
            Object id = item.get(ConsultationFields.OPINION_ID);
            if (!(id instanceof Number number)) {
                throw PlanProblem.ANSWER_OPINION_MISSING.at(ListFields.at(ConsultationFields.ANSWERS, i,
                        ConsultationFields.OPINION_ID), i + 1);
            }
            answers.add(new Answer(number.longValue(), decision(i, item.get(ConsultationFields.DECISION)),
                    string(item.get(ConsultationFields.REASON))));
        }
        return answers;
    }

    private static OpinionDecision decision(int index, Object value) {
        try {
            return value == null ? null : OpinionDecision.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw PlanProblem.DECISION_UNKNOWN.at(ListFields.at(ConsultationFields.ANSWERS, index,
                    ConsultationFields.DECISION), value);
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
