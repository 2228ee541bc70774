package org.planflow.shared.process;

import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts parsing the engine's mappings the moment an application starts (registered in META-INF/spring.factories,
 * so tests' contexts take the same way as a production start).
 */
public class EngineMappingsAhead implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        EngineMappings.parseAhead();
    }
}
