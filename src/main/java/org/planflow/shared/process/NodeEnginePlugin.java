package org.planflow.shared.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the engine this node's name: the job log records it with every job ({@code ACT_HI_JOB_LOG.HOSTNAME_}),
 * and the job executor locks jobs in it ({@code ACT_RU_JOB.LOCK_OWNER_}), so Cockpit and the log tell which
 * node ran or holds a job. Camunda's defaults (the machine's address, a random id per start) make two nodes
 * on one machine look alike and a restarted node a stranger.
 */
@Component
class NodeEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(NodeEnginePlugin.class);

    private final String name;

    NodeEnginePlugin(@Value("${planflow.node.name:}") String configured, @Value("${server.port:8080}") int serverPort) {
        this.name = NodeName.resolve(configured, serverPort);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(name);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(name);
        }
        log.info("This PlanFlow node is named '{}' in the engine's job log and job locks", name);
    }
}
