package org.planflow.inbox.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.springframework.stereotype.Component;

/**
 * The engine's part of completing a task, as the caller: a task offered to a unit is assigned to the person completing
 * it, and completed, in one engine command, so the task is read and written once and the engine flushes once
 * (decision 041). The assignment is recorded as Camunda's own {@code setAssignee} records it.
 */
@Component
public class EngineTaskCompletion {

    private final ProcessEngineConfigurationImpl configuration;
    private final IdentityService identityService;

    EngineTaskCompletion(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.identityService = engine.getIdentityService();
    }

    public void complete(String taskId, String username, List<String> groups, boolean assign, Map<String, Object> variables) {
        identityService.setAuthentication(username, groups);
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                if (assign) {
                    new AssignTaskCmd(taskId, username).execute(context);
                }
                return new CompleteTaskCmd(taskId, variables).execute(context);
            });
        } finally {
            identityService.clearAuthentication();
        }
    }
}
