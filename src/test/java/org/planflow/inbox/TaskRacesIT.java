package org.planflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
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
import org.planflow.circulation.TestDeliveries;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.plan.PlanService;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests for one task released at the same moment through the HTTP API: completions of one task and
 * claims of one task, by two colleagues of the unit and by one person twice. One wins, the other is a 409
 * (a claim by whoever already holds the task is a 200), and the task's records exist once. And a completion
 * while the escalation ladder's timer fires for the task: the completion always goes through, each step once.
 */
@PlanFlowTest
@ExtendWith(Colleagues.class)
class TaskRacesIT {

    static final String RACES = "task: ";
    static final String STAFF = "staff-whlyj";
    static final String COLLEAGUE = Colleagues.WHLYJ_STAFF;

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
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    PlanFlowClock clock;

    ApiClient api;
    InProcessPlans plans;
    Long planId;
    String delivery;


    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        plans = new InProcessPlans(context);
    }

    @AfterEach
    void discard() {
        if (planId != null) {
            plans.discard(planId);
        }
        if (delivery != null) {
            runtime.deleteProcessInstanceIfExists(delivery, "test finished", false, true, false, false);
        }
    }

    @RepeatedTest(20)
    void two_colleagues_giving_opinions_on_one_task_at_once_record_one_answer() {
        givenOpinionTask();
        completeTwiceAtOnce(STAFF, COLLEAGUE, "two colleagues complete one task");
    }

    @RepeatedTest(20)
    void one_person_sending_the_opinions_twice_at_once_records_them_once() {
        givenOpinionTask();
        completeTwiceAtOnce(STAFF, STAFF, "one person completes one task twice");
    }

    @RepeatedTest(20)
    void two_colleagues_claiming_one_task_at_once_leave_it_with_one_of_them() {
        String task = givenAcknowledgeTask();
        List<ApiClient.Response> answers = Race.requests(RACES + "two colleagues claim one task",
                () -> api.post("/api/tasks/" + task + "/claim", STAFF, null),
                () -> api.post("/api/tasks/" + task + "/claim", COLLEAGUE, null));

        String winner = List.of(STAFF, COLLEAGUE).get(Race.oneWins(answers, 200));
        assertClaimedOnceBy(task, winner);
    }

    @RepeatedTest(20)
    void one_person_claiming_one_task_twice_at_once_holds_it_with_both_answers_ok() {
        String task = givenAcknowledgeTask();
        List<ApiClient.Response> answers = Race.requests(RACES + "one person claims one task twice",
                () -> api.post("/api/tasks/" + task + "/claim", STAFF, null),
                () -> api.post("/api/tasks/" + task + "/claim", STAFF, null));

        assertThat(answers).as("whoever already holds the task is told so with a 200")
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.json().path("assignee").asText()).isEqualTo(STAFF));
        assertClaimedOnceBy(task, STAFF);
    }

    @RepeatedTest(20)
    void a_unit_acknowledging_while_the_ladder_fires_goes_through_and_each_step_is_recorded_once(RepetitionInfo repetition) {
        delivery = TestDeliveries.deliver(runtime, jdbc, "whlyj", "签收与提醒 " + System.nanoTime(),
                clock.instant().minus(Duration.ofDays(1)));
        String task = jdbc.sql("SELECT task_id FROM inbox_task WHERE process_instance_id = ?").param(delivery)
                .query(String.class).single();
        String ladder = jdbc.sql("SELECT id_ FROM act_ru_job WHERE handler_type_ = 'planflow-escalation' AND handler_cfg_ = ?")
                .param(task).query(String.class).single();
        long planId = ((Number) runtime.getVariable(delivery, CirculationProcess.VAR_PLAN_ID)).longValue();
        long noticesBefore = notices(task);
        long delay = Race.jobDelay(() -> assertThat(api.get("/api/tasks/" + task, STAFF).status()).isEqualTo(200),
                repetition.getCurrentRepetition());

        List<String> outcomes = Race.requestAndJob(RACES + "acknowledgement against the escalation ladder's timer",
                () -> api.post("/api/tasks/" + task + "/complete", STAFF, "{\"outcome\":\"acknowledge\"}"),
                () -> management.executeJob(ladder), delay);

        assertThat(outcomes.get(0)).as("the ladder never stands in a unit's way").isEqualTo("204");
        List<String> steps = jdbc.sql("SELECT step FROM escalation_event WHERE task_id = ? ORDER BY level").param(task)
                .query(String.class).list();
        if (outcomes.get(1).equals("job ran")) {
            assertThat(steps).as("the day after the due date: reminded and overdue").containsExactly("REMINDER", "OVERDUE");
        } else {
            assertThat(outcomes.get(1)).isIn("job gone", "job lost (OptimisticLockingException)");
            assertThat(steps).isEmpty();
        }
        assertThat(notices(task) - noticesBefore).as("each step told to both members of the unit, once")
                .isEqualTo(2L * steps.size());
        assertThat(jdbc.sql("SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'planflow-escalation' AND handler_cfg_ = ?")
                .param(task).query(Long.class).single()).as("no ladder timer left for a task that is done").isZero();
        assertThat(jdbc.sql("SELECT status FROM delivery WHERE plan_id = ?").param(planId).query(String.class).single())
                .isEqualTo("ACKNOWLEDGED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE plan_id = ? AND action = 'ACKNOWLEDGED'").param(planId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT completed_by FROM done_task WHERE task_id = ?").param(task).query(String.class).list())
                .containsExactly(STAFF);
    }

    private long notices(String task) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE task_id = ?").param(task).query(Long.class).single();
    }

    private void givenOpinionTask() {
        planId = plans.inConsultation("并发反馈意见", List.of("whlyj"));
    }

    private String givenAcknowledgeTask() {
        delivery = TestDeliveries.deliver(runtime, jdbc, "whlyj", "并发认领 " + System.nanoTime(), null);
        return jdbc.sql("SELECT task_id FROM inbox_task WHERE process_instance_id = ?").param(delivery)
                .query(String.class).single();
    }

    private void completeTwiceAtOnce(String first, String second, String race) {
        String task = plans.task(planId, TaskKind.GIVE_OPINION);
        List<ApiClient.Response> answers = Race.requests(RACES + race,
                () -> api.post("/api/tasks/" + task + "/complete", first, opinionOf(first)),
                () -> api.post("/api/tasks/" + task + "/complete", second, opinionOf(second)));

        String winner = List.of(first, second).get(Race.oneWins(answers, 204));
        assertThat(jdbc.sql("SELECT author FROM opinion WHERE plan_id = ?").param(planId).query(String.class).list())
                .as("one answer, the winner's").containsExactly(winner);
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE plan_id = ? AND action = 'OPINION_GIVEN'").param(planId)
                .query(String.class).list()).containsExactly(winner);
        assertThat(jdbc.sql("SELECT completed_by FROM done_task WHERE task_id = ?").param(task).query(String.class).list())
                .containsExactly(winner);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(PlanService.businessKey(planId)).list())
                .as("the consultation is over and the drafter consolidates, once")
                .singleElement().satisfies(open -> assertThat(open.getTaskDefinitionKey()).isEqualTo("Task_Consolidate"));
        assertThat(jdbc.sql("SELECT kind FROM inbox_task WHERE plan_id = ?").param(planId).query(String.class).list())
                .containsExactly(TaskKind.CONSOLIDATE.name());
    }

    private static String opinionOf(String username) {
        return "{\"outcome\":\"opinions\",\"opinions\":[{\"section\":\"一\",\"text\":\"" + username + "的意见\"}]}";
    }

    private void assertClaimedOnceBy(String task, String username) {
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(username);
        assertThat(jdbc.sql("SELECT assignee FROM inbox_task WHERE task_id = ?").param(task).query(String.class).single())
                .isEqualTo(username);
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task).type(IdentityLinkType.ASSIGNEE)
                .operationType("add").count()).as("the task changed hands once").isEqualTo(1);
    }
}
