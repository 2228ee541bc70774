package org.planflow.shared.clock;

import org.planflow.shared.PlanFlowClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    PlanFlowClock clock(@Value("${planflow.clock.adjustable:false}") boolean adjustable, Environment environment) {
        if (adjustable && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("planflow.clock.adjustable=true is refused in the prod profile: "
                    + "production runs on real time only");
        }
        return new PlanFlowClock();
    }
}
