package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.planflow.ApiClient;
import org.planflow.Colleagues;
import org.planflow.InProcessPlans;
import org.planflow.PlanFlowTest;
import org.planflow.Race;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.PlanService;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Races of circulation through the HTTP API: a unit's two colleagues acknowledging (签收) and refusing (拒签)
 * one delivery at once; two clerks answering one refusal, one re-routing it and one closing it; and two
 * clerks issuing at once, two plans (both go out, with consecutive numbers) or one plan (it goes out once,
 * taking one number). The delivery's records show the winner's answer once.
 */
@PlanFlowTest
@ExtendWith(Colleagues.class)
class CirculationRacesIT {

    static final String RACES = "circulation: ";
    static final String STAFF = "staff-whlyj";
    static final String COLLEAGUE = Colleagues.WHLYJ_STAFF;
    static final String CLERK = "office";
    static final String OTHER_CLERK = Colleagues.OFFICE_CLERK;
    static final String PREFIX = "区政办发";
    static final String ISSUE = "{\"outcome\":\"issue\",\"prefix\":\"" + PREFIX
            + "\",\"form\":\"印发\",\"recipients\":[\"whlyj\"],\"ackWorkingDays\":3}";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    PlanFlowClock clock;

    ApiClient api;
    InProcessPlans plans;
    final List<Long> planIds = new ArrayList<>();


    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        plans = new InProcessPlans(context);
    }

    @AfterEach
    void discard() {
        planIds.forEach(plans::discard);
    }

    @RepeatedTest(20)
    void two_colleagues_acknowledging_and_refusing_at_once_give_the_delivery_one_answer() {
        long planId = delivered();
        String task = task(planId, TaskKind.ACKNOWLEDGE);
        List<ApiClient.Response> answers = Race.requests(RACES + "acknowledgement against refusal by two colleagues",
                () -> api.post("/api/tasks/" + task + "/complete", STAFF, "{\"outcome\":\"acknowledge\"}"),
                () -> api.post("/api/tasks/" + task + "/complete", COLLEAGUE, "{\"outcome\":\"refuse\",\"reason\":\"应送区文广新局\"}"));

        boolean acknowledged = Race.oneWins(answers, 204) == 0;
        Map<String, Object> delivery = jdbc.sql("SELECT status, acted_by FROM delivery WHERE plan_id = ?").param(planId)
                .query().singleRow();
        assertThat(delivery).containsEntry("status", acknowledged ? "ACKNOWLEDGED" : "REFUSED")
                .containsEntry("acted_by", acknowledged ? STAFF : COLLEAGUE);
        assertThat(actions(planId, "ACKNOWLEDGED")).isEqualTo(acknowledged ? 1 : 0);
        assertThat(actions(planId, "REFUSED")).isEqualTo(acknowledged ? 0 : 1);
        assertThat(jdbc.sql("SELECT completed_by FROM done_task WHERE task_id = ?").param(task).query(String.class).list())
                .containsExactly(acknowledged ? STAFF : COLLEAGUE);
        assertThat(openKinds(planId)).as("a refusal, and only a refusal, goes to the office")
                .isEqualTo(acknowledged ? List.of() : List.of(TaskKind.REROUTE.name()));
    }

    @RepeatedTest(20)
    void a_unit_acknowledging_as_its_deadline_passes_is_acknowledged_once_and_marked_late(RepetitionInfo repetition) {
        long planId = delivered(clock.instant().minus(Duration.ofHours(1)));
        String task = task(planId, TaskKind.ACKNOWLEDGE);
        String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        String deadline = management.createJobQuery().processInstanceId(instance)
                .activityId(CirculationProcess.BOUNDARY_ACK_DEADLINE).singleResult().getId();
        long delay = Race.jobDelay(() -> assertThat(api.get("/api/tasks/" + task, STAFF).status()).isEqualTo(200),
                repetition.getCurrentRepetition());

        List<String> outcomes = Race.requestAndJob(RACES + "acknowledgement against the acknowledgement deadline",
                () -> api.post("/api/tasks/" + task + "/complete", STAFF, "{\"outcome\":\"acknowledge\"}"),
                () -> management.executeJob(deadline), delay);

        assertThat(outcomes.get(0)).as("the deadline never stands in the unit's way").isEqualTo("204");
        boolean markedOverdue = outcomes.get(1).equals("job ran");
        if (!markedOverdue) {
            assertThat(outcomes.get(1)).isIn("job gone", "job lost (OptimisticLockingException)");
        }
        assertThat(jdbc.sql("SELECT status, acted_by, late FROM delivery WHERE plan_id = ?").param(planId).query().singleRow())
                .containsEntry("status", "ACKNOWLEDGED").containsEntry("acted_by", STAFF).containsEntry("late", true);
        assertThat(actions(planId, "ACKNOWLEDGED")).isEqualTo(1);
        assertThat(actions(planId, "DELIVERY_OVERDUE")).isEqualTo(markedOverdue ? 1 : 0);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    }

    @RepeatedTest(20)
    void two_clerks_rerouting_and_closing_one_refusal_at_once_settle_it_once() {
        long planId = delivered();
        plans.complete(STAFF, task(planId, TaskKind.ACKNOWLEDGE), Map.of(TaskKinds.VAR_OUTCOME, Outcome.REFUSE.value(),
                CirculationFields.REASON, "不是本单位职责"));
        String task = task(planId, TaskKind.REROUTE);
        List<ApiClient.Response> answers = Race.requests(RACES + "re-routing against closing one refusal by two clerks",
                () -> api.post("/api/tasks/" + task + "/complete", CLERK, "{\"outcome\":\"reroute\",\"unit\":\"sthj\"}"),
                () -> api.post("/api/tasks/" + task + "/complete", OTHER_CLERK, "{\"outcome\":\"close\",\"comment\":\"已电话告知\"}"));

        boolean rerouted = Race.oneWins(answers, 204) == 0;
        Map<String, Object> refused = jdbc.sql("""
                        SELECT rerouted_to_unit, closed_comment FROM delivery WHERE plan_id = ? AND unit_code = 'whlyj'""")
                .param(planId).query().singleRow();
        assertThat(refused.get("rerouted_to_unit")).isEqualTo(rerouted ? "sthj" : null);
        assertThat(refused.get("closed_comment")).isEqualTo(rerouted ? null : "已电话告知");
        assertThat(jdbc.sql("SELECT unit_code FROM delivery WHERE plan_id = ? AND rerouted_from IS NOT NULL").param(planId)
                .query(String.class).list()).isEqualTo(rerouted ? List.of("sthj") : List.of());
        assertThat(actions(planId, "REROUTED")).isEqualTo(rerouted ? 1 : 0);
        assertThat(actions(planId, "REFUSAL_CLOSED")).isEqualTo(rerouted ? 0 : 1);
        assertThat(openKinds(planId)).isEqualTo(rerouted ? List.of(TaskKind.ACKNOWLEDGE.name()) : List.of());
    }

    @RepeatedTest(20)
    void two_clerks_issuing_two_plans_at_once_give_them_consecutive_numbers() {
        long first = approved();
        long second = approved();
        String firstTask = plans.task(first, TaskKind.ISSUE);
        String secondTask = plans.task(second, TaskKind.ISSUE);
        List<ApiClient.Response> answers = Race.requests(RACES + "two clerks issue two plans",
                () -> api.post("/api/tasks/" + firstTask + "/complete", CLERK, ISSUE),
                () -> api.post("/api/tasks/" + secondTask + "/complete", OTHER_CLERK, ISSUE));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(204));
        int firstNumber = number(first);
        int secondNumber = number(second);
        assertThat(Math.abs(firstNumber - secondNumber)).as("distinct and consecutive").isEqualTo(1);
        assertThat(nextNumber(first)).as("no number taken besides").isEqualTo(Math.max(firstNumber, secondNumber) + 1);
        for (long planId : List.of(first, second)) {
            assertIssuedOnce(planId, planId == first ? CLERK : OTHER_CLERK);
        }
    }

    @RepeatedTest(20)
    void two_clerks_issuing_one_plan_at_once_issue_it_once_with_one_number() {
        long planId = approved();
        String task = plans.task(planId, TaskKind.ISSUE);
        List<ApiClient.Response> answers = Race.requests(RACES + "two clerks issue one plan",
                () -> api.post("/api/tasks/" + task + "/complete", CLERK, ISSUE),
                () -> api.post("/api/tasks/" + task + "/complete", OTHER_CLERK, ISSUE));

        String winner = List.of(CLERK, OTHER_CLERK).get(Race.oneWins(answers, 204));
        assertThat(nextNumber(planId)).as("the loser took no number").isEqualTo(number(planId) + 1);
        assertIssuedOnce(planId, winner);
    }

    private long delivered() {
        return delivered(null);
    }

    private long delivered(Instant due) {
        String instance = TestDeliveries.deliver(runtime, jdbc, "whlyj", "并发签收 " + System.nanoTime(), due);
        long planId = ((Number) runtime.getVariable(instance, CirculationProcess.VAR_PLAN_ID)).longValue();
        planIds.add(planId);
        return planId;
    }

    private long approved() {
        long planId = plans.approved("并发印发");
        planIds.add(planId);
        return planId;
    }

    private String task(long planId, TaskKind kind) {
        return plans.task(planId, kind);
    }

    private void assertIssuedOnce(long planId, String clerk) {
        assertThat(jdbc.sql("SELECT issued_by FROM issuance WHERE plan_id = ?").param(planId).query(String.class).list())
                .containsExactly(clerk);
        assertThat(jdbc.sql("SELECT doc_number FROM plan WHERE id = ?").param(planId).query(String.class).single())
                .isEqualTo(jdbc.sql("SELECT doc_number FROM issuance WHERE plan_id = ?").param(planId).query(String.class).single());
        assertThat(actions(planId, "ISSUED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT completed_by FROM done_task WHERE plan_id = ? AND kind = 'ISSUE'").param(planId)
                .query(String.class).list()).containsExactly(clerk);
        assertThat(jdbc.sql("SELECT unit_code FROM delivery WHERE plan_id = ?").param(planId).query(String.class).list())
                .containsExactly("whlyj");
        assertThat(openKinds(planId)).containsExactly(TaskKind.ACKNOWLEDGE.name());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(PlanService.businessKey(planId)).count())
                .as("the approval is over; one acknowledgement task in the engine").isEqualTo(1);
    }

    private int number(long planId) {
        return jdbc.sql("SELECT number FROM issuance WHERE plan_id = ?").param(planId).query(Integer.class).single();
    }

    /** The counter of the prefix in the year of the plan's issuance. */
    private int nextNumber(long planId) {
        return jdbc.sql("""
                        SELECT s.next_number FROM doc_number_sequence s JOIN issuance i
                            ON i.prefix = s.prefix AND s.year = extract(year FROM i.issue_date) WHERE i.plan_id = ?""")
                .param(planId).query(Integer.class).single();
    }

    private List<String> openKinds(long planId) {
        return jdbc.sql("SELECT kind FROM inbox_task WHERE plan_id = ? ORDER BY kind").param(planId).query(String.class).list();
    }

    private long actions(long planId, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE plan_id = ? AND action = ?").params(planId, action)
                .query(Long.class).single();
    }
}
