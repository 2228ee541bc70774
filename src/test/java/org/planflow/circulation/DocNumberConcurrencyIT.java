package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.Race;
import org.planflow.SecondNode;
import org.planflow.TestPlans;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.security.RunAs;
import org.planflow.shared.Outcome;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Document numbers stay consecutive and distinct when plans are issued at the same moment from two process
 * engines (two PlanFlow nodes) on one database. Clerks issuing at once through the API are raced in
 * {@link CirculationRacesIT}.
 */
@PlanFlowTest
class DocNumberConcurrencyIT {

    static final int PLANS = 6;
    static final List<String> CLERK = List.of(Roles.OFFICE_CLERK);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    IssuanceService issuances;
    @Autowired
    ApplicationContext applicationContext;

    @Test
    void two_nodes_on_one_database_issuing_at_once_get_consecutive_distinct_numbers() throws Exception {
        ApiClient api = new ApiClient(port);
        List<Long> plans = approvedPlans(api, "双节点文号");
        ProcessEngine secondNode = SecondNode.start("second-node-numbers", applicationContext, false, List.of());
        try {
            Map<String, String> engineOfPlan = new ConcurrentHashMap<>();
            List<Callable<String>> issues = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                long planId = plans.get(i);
                String task = api.taskOf("office", "ISSUE", planId);
                long issuanceId = RunAs.user("office", CLERK, () -> issuances.prepare(planId, new IssueRequest("区政发", "印发",
                        List.of("street-3"), 5, null, null, null), task));
                TaskService node = i % 2 == 0 ? taskService : secondNode.getTaskService();
                String name = i % 2 == 0 ? "first" : "second";
                issues.add(() -> {
                    RunAs.user("office", CLERK, () -> node.complete(task, Map.of(CirculationProcess.VAR_OUTCOME,
                            Outcome.ISSUE.value(), CirculationProcess.VAR_ISSUANCE_ID, issuanceId)));
                    engineOfPlan.put(String.valueOf(planId), name);
                    return jdbc.sql("SELECT doc_number FROM plan WHERE id = ?").param(planId).query(String.class).single();
                });
            }
            assertConsecutive(Race.together(issues), "区政发");
            assertThat(engineOfPlan.values()).contains("first", "second").hasSize(PLANS);
            assertThat(jdbc.sql("SELECT count(*) FROM delivery WHERE plan_id = ANY(?)").param(plans.toArray(Long[]::new))
                    .query(Long.class).single()).isEqualTo(PLANS);
        } finally {
            secondNode.close();
        }
    }

    private List<Long> approvedPlans(ApiClient api, String title) {
        List<Long> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            plans.add(TestPlans.approved(api, title + " " + i + " " + System.nanoTime()));
        }
        return plans;
    }

    private static void assertConsecutive(List<String> docNumbers, String prefix) {
        List<Integer> numbers = new ArrayList<>();
        for (String docNumber : docNumbers) {
            assertThat(docNumber).matches(prefix + "〔\\d{4}〕\\d+号");
            numbers.add(Integer.parseInt(docNumber.replaceAll(".*〕(\\d+)号", "$1")));
        }
        Collections.sort(numbers);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(PLANS);
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(PLANS - 1);
    }
}
