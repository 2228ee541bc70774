package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.planflow.shared.PlanFlowClock;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * PlanFlow's adjustable clock in a test's hands: the test sets the day it runs on, so it never depends on today's
 * date, and after each test, passed or failed, the clock reads real time again, so no test runs on a time another
 * left behind. Registered as a field, {@code @RegisterExtension final AdjustableClock clock = new AdjustableClock();},
 * it is the {@link PlanFlowClock} of the test's own Spring context (and with it the engine's clock);
 * {@link OfJvms} is the same for PlanFlow JVMs the test starts.
 */
public final class AdjustableClock implements BeforeEachCallback, AfterEachCallback {

    private PlanFlowClock clock;

    @Override
    public void beforeEach(ExtensionContext test) {
        clock = SpringExtension.getApplicationContext(test).getBean(PlanFlowClock.class);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        if (clock != null) {
            clock.reset();
        }
    }

    /** {@code now} as written in the tests, with its offset: {@code 2026-03-02T09:00:00+08:00}. */
    public void moveTo(String now) {
        moveTo(OffsetDateTime.parse(now).toInstant());
    }

    /** From now on the time reads {@code now} and runs on from there; due timer jobs then run within seconds. */
    public void moveTo(Instant now) {
        clock.moveTo(now);
    }

    public Instant instant() {
        return clock.instant();
    }

    /**
     * The clocks of PlanFlow JVMs the test started (each JVM has its own), moved as ADMIN over
     * {@code /api/admin/clock}. After each test, every one moved that still runs is given back to real time; one that
     * ended took its clock with it.
     */
    public static final class OfJvms implements AfterEachCallback {

        private final Set<PlanFlowJvms.Jvm> moved = new LinkedHashSet<>();

        /** Moves the clock of each JVM to {@code now} ({@code 2026-03-02T09:00:00+08:00}). */
        public void moveTo(String now, PlanFlowJvms.Jvm... jvms) {
            for (PlanFlowJvms.Jvm jvm : jvms) {
                moved.add(jvm);
                ApiClient.Response response = jvm.api().post("/api/admin/clock", "admin", "{\"now\":\"" + now + "\"}");
                assertThat(response.status()).as(response.body()).isEqualTo(200);
            }
        }

        @Override
        public void afterEach(ExtensionContext test) {
            Map<PlanFlowJvms.Jvm, Integer> answers = moved.stream().filter(jvm -> jvm.process().isAlive())
                    .collect(Collectors.toMap(jvm -> jvm, jvm -> jvm.api().delete("/api/admin/clock", "admin").status()));
            moved.clear();
            assertThat(answers).as("each running JVM's clock given back").allSatisfy((jvm, status) -> assertThat(status).isEqualTo(200));
        }
    }
}
