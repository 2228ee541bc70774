package org.planflow.forms.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.task.Task;
import org.planflow.forms.FormDefinition;
import org.planflow.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The engine's side of {@code forms.TaskForms}: finds the deployed Camunda form and parses each definition once. */
@Component
public class EngineForms {

    private static final String LATEST = "latest";
    /** A form key naming a Camunda form in the process's deployment; other keys are embedded or external forms. */
    private static final String DEPLOYED_FORM_KEY = "camunda-forms:deployment:";

    private final FormService formService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    /** A deployed form never changes; a new version is a new definition id. */
    private final ConcurrentMap<String, FormDefinition> parsed = new ConcurrentHashMap<>();

    EngineForms(ProcessEngine engine) {
        this.formService = engine.getFormService();
        this.taskService = engine.getTaskService();
        this.repositoryService = engine.getRepositoryService();
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /**
     * The Camunda form of an open task ({@code camunda:formRef}, or a {@code camunda-forms:deployment:} form key),
     * resolved with the task's binding; empty when the task has no Camunda form.
     *
     * @throws NotFoundException when there is no open task with this id
     */
    public Optional<FormDefinition> forTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFoundException("No open task '" + taskId + "'");
        }
        // Asked first rather than caught: the engine's refusal would mark the caller's transaction rollback-only.
        if (task.getCamundaFormRef() != null) {
            // Resolved as the engine resolves it, then parsed once per form definition: a completion reads no resource.
            String deploymentId = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
            return Optional.ofNullable(engineConfiguration.getCommandExecutorTxRequired()
                    .execute(new GetCamundaFormDefinitionCmd(task.getCamundaFormRef(), deploymentId))).map(this::parsed);
        }
        if (task.getFormKey() != null && task.getFormKey().startsWith(DEPLOYED_FORM_KEY)) {
            return Optional.of(read(formService.getDeployedTaskForm(taskId)));
        }
        return Optional.empty();
    }

    /** The latest deployed version of the form with this id, as {@code camunda:formRefBinding="latest"} finds it. */
    public Optional<FormDefinition> byId(String formId) {
        if (formId == null || formId.isBlank()) {
            return Optional.empty();
        }
        // Camunda 7 has no public query for form definitions; this is the command that resolves a formRef.
        CamundaFormDefinition definition = engineConfiguration.getCommandExecutorTxRequired()
                .execute(new GetCamundaFormDefinitionCmd(new CamundaFormRefImpl(formId, LATEST), null));
        return Optional.ofNullable(definition).map(this::parsed);
    }

    private FormDefinition parsed(CamundaFormDefinition definition) {
        return parsed.computeIfAbsent(definition.getId(), id ->
                read(repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())));
    }

    private static FormDefinition read(InputStream json) {
        try (json) {
            return FormDefinition.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
