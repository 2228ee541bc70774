package org.planflow.supervision.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.planflow.supervision.EscalationService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Registers the ladder's job handler with the engine. */
@Component
class EscalationEnginePlugin extends AbstractProcessEnginePlugin {

    private final EscalationJobHandler handler;

    // Lazy: the service needs the engine's TaskService, which needs this plugin first.
    EscalationEnginePlugin(@Lazy EscalationService escalation, EscalationTimers timers) {
        this.handler = new EscalationJobHandler(escalation, timers);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(handler);
        configuration.setCustomJobHandlers(handlers);
    }
}
