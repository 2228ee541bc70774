package org.planflow.shared.database;

import java.util.Arrays;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Liquibase owns the engine's tables too (the engine's own schema update is off), so the process
 * engine must not start before the migration has run.
 */
@Configuration(proxyBeanMethods = false)
class MigrateBeforeEngineConfiguration {

    static final String LIQUIBASE_BEAN = "liquibase";
    static final String ENGINE_BEAN = "processEngineFactoryBean";

    @Bean
    static BeanFactoryPostProcessor engineWaitsForLiquibase() {
        return MigrateBeforeEngineConfiguration::addDependency;
    }

    private static void addDependency(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(ENGINE_BEAN) || !beanFactory.containsBeanDefinition(LIQUIBASE_BEAN)) {
            return;
        }
        BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        if (Arrays.asList(dependsOn).contains(LIQUIBASE_BEAN)) {
            return;
        }
        String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
        extended[dependsOn.length] = LIQUIBASE_BEAN;
        engine.setDependsOn(extended);
    }
}
