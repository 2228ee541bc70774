package org.planflow.security.camunda;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.planflow.security.PlanFlowProcesses;
import org.planflow.security.ProblemWriter;
import org.planflow.shared.PlanFlowClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class EngineDoorConfiguration {

    /** Deployments through the engine's doors: only the dev profile allows them, and prod refuses to start with them. */
    @Bean
    EngineDoors engineDoors(@Value("${" + EngineDoors.DEPLOYMENTS_PROPERTY + ":false}") boolean deploymentsAllowed,
                            Environment environment, PlanFlowProcesses processes, TaskService tasks, RuntimeService runtime,
                            RepositoryService repository) {
        if (deploymentsAllowed && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(EngineDoors.DEPLOYMENTS_PROPERTY + "=true is refused in the prod profile: "
                    + "processes are deployed with PlanFlow's release");
        }
        return new EngineDoors(deploymentsAllowed, processes, tasks, runtime, repository);
    }

    /**
     * On Camunda REST and the web apps' APIs, after Spring Security (order -100), which has let only ADMIN through, and
     * before Camunda's own filters (its web apps' login at 101, their CSRF check), so every answer is audited.
     */
    @Bean
    FilterRegistrationBean<EngineDoorFilter> engineDoorFilter(EngineDoors doors, ProblemWriter problems,
                                                              ApplicationEventPublisher events, PlanFlowClock clock) {
        FilterRegistrationBean<EngineDoorFilter> registration =
                new FilterRegistrationBean<>(new EngineDoorFilter(doors, problems, events, clock));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }
}
