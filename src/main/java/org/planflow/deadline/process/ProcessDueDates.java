package org.planflow.deadline.process;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.planflow.shared.process.TaskKindProperty;

/** Which task kinds' user tasks compute their own due date ({@code camunda:dueDate}) in the deployed processes. */
@Component
public class ProcessDueDates {

    private final RepositoryService repository;

    ProcessDueDates(RepositoryService repository) {
        this.repository = repository;
    }

    /** Read from the latest version of every process; the engine caches the models. */
    public Set<String> kinds() {
        Set<String> kinds = new HashSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                if (task.getCamundaDueDate() != null) {
                    TaskKindProperty.of(task).ifPresent(kinds::add);
                }
            }
        }
        return kinds;
    }
}
