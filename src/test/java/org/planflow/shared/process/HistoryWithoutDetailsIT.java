package org.planflow.shared.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class HistoryWithoutDetailsIT {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_engine_keeps_full_history_but_no_row_per_variable_change() {
        String instance = TestDeliveries.deliver(runtime, jdbc, "town-1", "历史级别 " + System.nanoTime(), null);
        runtime.setVariable(instance, "note", "first");
        runtime.setVariable(instance, "note", "second");
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        tasks.complete(task, java.util.Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));

        assertThat(management.getHistoryLevel()).isEqualTo(FullHistoryWithoutDetails.ID);
        assertThat(jdbc.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'").query(String.class).single())
                .isEqualTo(String.valueOf(FullHistoryWithoutDetails.ID));
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).as("no variable details").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("note").singleResult()
                .getValue()).as("a variable's latest value").isEqualTo("second");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isPositive();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task).count()).isPositive();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count()).as("the job log, as at full").isPositive();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()).isNotNull();
    }
}
