package org.planflow.inbox.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.planflow.inbox.TaskKinds;
import org.planflow.security.PlanFlowProcesses;
import org.springframework.stereotype.Component;
import org.planflow.shared.process.TaskKindProperty;

/** Tells the engine's doors the kinds the deployed BPMN models name (the engine caches the models). */
@Component
class EngineTaskKinds implements PlanFlowProcesses {

    private final RepositoryService repository;

    EngineTaskKinds(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public Optional<String> taskKind(String processDefinitionId, String taskDefinitionKey) {
        return repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey) instanceof UserTask task
                ? TaskKindProperty.of(task) : Optional.empty();
    }

    @Override
    public boolean isPlanFlows(String processDefinitionId) {
        return repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class).stream()
                .anyMatch(task -> TaskKindProperty.of(task).isPresent());
    }

    @Override
    public List<String> completionRoutes(String taskId) {
        return List.of("POST /api/tasks/" + taskId + "/complete", "/tasks/" + taskId);
    }
}
