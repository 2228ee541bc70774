package org.planflow;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.event.EventPublisherPlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A second PlanFlow node for tests: another process engine on the same database, resolving the same
 * delegates and publishing task events to the same application, as a second server would.
 */
public final class SecondNode {

    private SecondNode() {
    }

    public static ProcessEngine start(String name, ApplicationContext context, boolean jobExecutor, List<ProcessEnginePlugin> plugins) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(context.getBean(DataSource.class));
        configuration.setTransactionManager(context.getBean(PlatformTransactionManager.class));
        configuration.setApplicationContext(context);
        configuration.setExpressionManager(new SpringExpressionManager(context, null));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(jobExecutor);
        configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        configuration.getProcessEnginePlugins().add(new EventPublisherPlugin(context.getBean(CamundaBpmProperties.class), context));
        configuration.getProcessEnginePlugins().addAll(plugins);
        return configuration.buildProcessEngine();
    }
}
