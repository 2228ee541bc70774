package org.planflow.consultation.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.consultation.ConsultationFields;
import org.planflow.consultation.ConsultationProblem;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.OpinionInput;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.shared.ListFields;
import org.planflow.shared.TaskKind;
import org.springframework.stereotype.Component;

/**
 * GIVE_OPINION: {@code {"outcome":"opinions","opinions":[{"section":"三","text":"…"}]}} or
 * {@code {"outcome":"no_opinion"}}. The form in Camunda Forms sends one opinion as {@code section}
 * and {@code text}; both shapes are accepted.
 */
@Component
class GiveOpinionCompletion implements TaskCompletionHandler {

    private final ConsultationService consultation;
    private final RuntimeService runtime;

    GiveOpinionCompletion(ConsultationService consultation, RuntimeService runtime) {
        this.consultation = consultation;
        this.runtime = runtime;
    }

    @Override
    public Set<TaskKind> kinds() {
        return Set.of(TaskKind.GIVE_OPINION);
    }

    @Override
    public Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields) {
        Object outcome = fields.get(ConsultationProcess.VAR_OUTCOME);
        int round = ((Number) runtime.getVariable(task.processInstanceId(), ConsultationProcess.VAR_ROUND)).intValue();
        if (ConsultationProcess.OUTCOME_NO_OPINION.equals(outcome)) {
            consultation.noOpinion(task.planId(), round, task.unit(), username);
        } else if (ConsultationProcess.OUTCOME_OPINIONS.equals(outcome)) {
            consultation.giveOpinions(task.planId(), round, task.unit(), username, opinions(fields));
        } else {
            throw ConsultationProblem.OUTCOME_INVALID.at(ConsultationProcess.VAR_OUTCOME,
                    ConsultationProcess.OUTCOME_OPINIONS + ", " + ConsultationProcess.OUTCOME_NO_OPINION);
        }
        return Map.of(ConsultationProcess.VAR_OUTCOME, outcome);
    }

    private static List<OpinionInput> opinions(Map<String, Object> fields) {
        Object list = fields.get(ConsultationFields.OPINIONS);
        List<OpinionInput> opinions = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Map<?, ?> item)) {
                    throw ConsultationProblem.OPINION_NOT_AN_OBJECT.at(ListFields.at(ConsultationFields.OPINIONS, i),
                            i + 1);
                }
                opinions.add(opinion(item));
            }
        } else if (list != null) {
            throw ConsultationProblem.OPINIONS_NOT_A_LIST.at(ConsultationFields.OPINIONS);
        } else if (fields.get(ConsultationFields.TEXT) != null) {
            opinions.add(opinion(fields));
        }
        return opinions;
    }

    private static OpinionInput opinion(Map<?, ?> values) {
        return new OpinionInput(text(values.get(ConsultationFields.SECTION)), text(values.get(ConsultationFields.TEXT)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
