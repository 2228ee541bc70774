package org.planflow.supervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.LadderTest;
import org.planflow.SecondNode;
import org.planflow.circulation.TestDeliveries;
import org.planflow.shared.PlanFlowClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second PlanFlow node: another process engine with its own job executor on the same database.
 * Both race for the ladder's timer jobs; every step must still be recorded exactly once.
 */
@LadderTest
class TwoNodesIT {

    @Autowired
    ApplicationContext applicationContext;
    @Autowired
    EscalationEnginePlugin escalationPlugin;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    PlanFlowClock clock;
    @Autowired
    JdbcClient jdbc;

    ProcessEngine secondNode;

    @BeforeEach
    void startSecondNode() {
        clock.moveTo(OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant());
        secondNode = SecondNode.start("second-node", applicationContext, true, List.of(escalationPlugin));
    }

    @AfterEach
    void stopSecondNode() {
        secondNode.close();
        clock.reset();
    }

    @Test
    void two_nodes_on_one_database_record_each_step_once() {
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String instance = TestDeliveries.deliver(runtime, jdbc, "town-" + (i % 6 + 1), "双节点 " + i,
                    OffsetDateTime.parse("2026-03-10T18:00:00+08:00").toInstant());
            taskIds.add(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
        }

        clock.moveTo(OffsetDateTime.parse("2026-03-18T09:00:00+08:00").toInstant());
        wakeBothNodes();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && recorded(taskIds) < 4L * taskIds.size()) {
            sleep(250);
        }
        assertThat(recorded(taskIds)).isEqualTo(4L * taskIds.size());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT task_id, step FROM escalation_event WHERE task_id = ANY(?)
                                              GROUP BY task_id, step HAVING count(*) > 1) duplicates""")
                .param(taskIds.toArray(String[]::new)).query(Long.class).single()).isZero();
    }

    private void wakeBothNodes() {
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) secondNode.getProcessEngineConfiguration())
                .getJobExecutor().jobWasAdded();
    }

    private long recorded(List<String> taskIds) {
        return jdbc.sql("SELECT count(*) FROM escalation_event WHERE task_id = ANY(?) AND actor IS NULL")
                .param(taskIds.toArray(String[]::new)).query(Long.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
