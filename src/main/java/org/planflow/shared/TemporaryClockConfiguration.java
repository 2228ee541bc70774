package org.planflow.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY, only on the calendar branch: the clock that {@code org.planflow.calendar.Deadlines} needs
 * until this branch is merged with main, which brings the shared adjustable {@code clock} bean.
 * Delete this file at the merge (two beans named {@code clock} would stop the application starting).
 */
@Configuration(proxyBeanMethods = false)
class TemporaryClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
