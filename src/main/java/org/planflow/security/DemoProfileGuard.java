package org.planflow.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The demo district (its accounts all share the password "demo") and production exclude each other: a
 * start with both profiles is refused before any bean, the database included, is made.
 */
final class DemoProfileGuard implements BeanFactoryPostProcessor {

    static final String PRODUCTION_PROFILE = "prod";

    private final Environment environment;

    DemoProfileGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.acceptsProfiles(Profiles.of(DemoPasswordGuard.DEMO_PROFILE + " & " + PRODUCTION_PROFILE))) {
            throw new IllegalStateException("The profiles " + DemoPasswordGuard.DEMO_PROFILE + " and " + PRODUCTION_PROFILE
                    + " exclude each other: the demo district's accounts all have the password \"demo\". "
                    + "Start production with --spring.profiles.active=" + PRODUCTION_PROFILE + " alone");
        }
    }
}
