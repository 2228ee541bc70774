package org.planflow.assessment.process;

import static org.planflow.assessment.AssessmentFields.CRITERIA;
import static org.planflow.assessment.AssessmentFields.EXPLANATION;
import static org.planflow.assessment.AssessmentFields.INDEX;
import static org.planflow.assessment.AssessmentFields.ITEM_SEQ;
import static org.planflow.assessment.AssessmentFields.REASON;
import static org.planflow.assessment.AssessmentFields.SCORE;
import static org.planflow.assessment.AssessmentFields.SCORES;
import static org.planflow.assessment.AssessmentFields.ofCriterion;
import static org.planflow.assessment.AssessmentFields.ofScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentProblem;
import org.planflow.assessment.AssessmentService;
import org.planflow.assessment.IndicatorInput;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskFields;
import org.planflow.shared.ListFields;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/** SELF_ASSESS, SCORE_ASSESSMENT and APPROVE_ASSESSMENT with DESIGN.md's bodies. */
@Component
class AssessmentCompletions implements TaskCompletionHandler {

    private final AssessmentService assessments;
    private final AssessmentEngine engine;

    AssessmentCompletions(AssessmentService assessments, AssessmentEngine engine) {
        this.assessments = assessments;
        this.engine = engine;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.SELF_ASSESS, TaskKind.SCORE_ASSESSMENT, TaskKind.APPROVE_ASSESSMENT);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        TaskKind kind = TaskKind.valueOf(task.kind());
        Outcome outcome = kind.outcome(fields.get(AnnualAssessmentProcess.VAR_OUTCOME));
        long assessmentId = engine.assessmentId(task.id());
        switch (kind) {
            case SELF_ASSESS -> assessments.selfAssess(assessmentId, engine.unitCode(task.id()),
                    inputs(fields.get(SCORES), EXPLANATION), task.id());
            case SCORE_ASSESSMENT -> assessments.score(assessmentId, inputs(fields.get(SCORES), REASON), task.id());
            default -> assessments.decide(assessmentId, outcome, TaskFields.string(fields, AssessmentFields.COMMENT), task.id());
        }
        return Map.of(AnnualAssessmentProcess.VAR_OUTCOME, outcome.value());
    }

    /** The {@code scores} list of a body; {@code textField} is the explanation for units and the reason for the office. */
    private static List<IndicatorInput> inputs(Object value, String textField) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw AssessmentProblem.REQUIRED.at(SCORES);
        }
        List<IndicatorInput> inputs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> entry = map(list.get(i), ListFields.at(SCORES, i));
            List<IndicatorInput.CriterionInput> criteria = new ArrayList<>();
            Object given = entry.get(CRITERIA);
            if (given instanceof List<?> criteriaList) {
                for (int j = 0; j < criteriaList.size(); j++) {
                    Map<String, Object> criterion = map(criteriaList.get(j), ListFields.at(ofScore(i, CRITERIA), j));
                    criteria.add(new IndicatorInput.CriterionInput(integer(criterion.get(INDEX), ofCriterion(i, j, INDEX)),
                            number(criterion.get(SCORE), ofCriterion(i, j, SCORE)), text(criterion.get(REASON))));
                }
            }
            inputs.add(new IndicatorInput(integer(entry.get(ITEM_SEQ), ofScore(i, ITEM_SEQ)),
                    number(entry.get(SCORE), ofScore(i, SCORE)), text(entry.get(textField)), criteria));
        }
        return inputs;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String field) {
        if (!(value instanceof Map<?, ?> map)) {
            throw AssessmentProblem.REQUIRED.at(field);
        }
        return (Map<String, Object>) map;
    }

    private static Integer integer(Object value, String field) {
        BigDecimal number = number(value, field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw AssessmentProblem.NOT_A_NUMBER.at(field, number.toPlainString());
        }
    }

    private static BigDecimal number(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw AssessmentProblem.NOT_A_NUMBER.at(field, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
