package org.planflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on a throw-away embedded PostgreSQL with the demo district.
 * Every test class using it shares one Spring context (and one database), so tests create their
 * own process instances and never rely on an empty inbox.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planflow.database.embedded.data-dir=", "camunda.bpm.job-execution.enabled=false",
                "planflow.demo.plans=false"})
public @interface PlanFlowTest {
}
