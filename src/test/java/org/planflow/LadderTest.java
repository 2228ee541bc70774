package org.planflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application with a running job executor, an adjustable clock and e-mail to a local
 * GreenMail server on port 3025: time is moved instead of waited for. Test classes using it share
 * one context; they move the clock through {@link AdjustableClock}, which gives it back after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ThisContextsEngine.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planflow.database.embedded.data-dir=", "camunda.bpm.job-execution.enabled=true",
                "camunda.bpm.job-execution.max-wait=2000", "planflow.clock.adjustable=true", "planflow.demo.plans=false",
                "planflow.mail.enabled=true", "spring.mail.host=localhost", "spring.mail.port=3025",
                "planflow.mail.base-url=http://planflow.example"})
public @interface LadderTest {
}
