package org.planflow.shared.process;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's configuration as the Camunda starter makes it, of the kind that takes its mappings parsed ahead. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
        SpringProcessEngineConfiguration configuration = CamundaSpringBootUtil.initCustomFields(new MappingsAheadEngineConfiguration());
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }
}
