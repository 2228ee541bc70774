package org.planflow.consultation.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.OpinionInput;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.shared.InvalidInputException;
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
            throw new InvalidInputException("outcome", "outcome must be one of opinions, no_opinion");
        }
        return Map.of(ConsultationProcess.VAR_OUTCOME, outcome);
    }

    private static List<OpinionInput> opinions(Map<String, Object> fields) {
        Object list = fields.get("opinions");
        List<OpinionInput> opinions = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Map<?, ?> item)) {
                    throw new InvalidInputException("opinions[" + i + "]", "Opinion " + (i + 1) + " must be an object {section, text}");
                }
                opinions.add(new OpinionInput(text(item.get("section")), text(item.get("text"))));
            }
        } else if (list != null) {
            throw new InvalidInputException("opinions", "opinions must be a list of {section, text}");
        } else if (fields.get("text") != null) {
            opinions.add(new OpinionInput(text(fields.get("section")), text(fields.get("text"))));
        }
        return opinions;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
