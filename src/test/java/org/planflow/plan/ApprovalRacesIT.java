package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.planflow.ApiClient;
import org.planflow.InProcessPlans;
import org.planflow.PlanFlowTest;
import org.planflow.Race;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.process.ConsultationProcess;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.process.PlanApprovalProcess;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Races along a plan's approval, through the HTTP API: the drafter withdrawing (撤回) while the reviewer
 * claims the review or the leader decides, and a consulted unit's late answer while the deadline timer
 * records it as 逾期未反馈，视为无意见. Exactly one side wins; the other is told 409 (the timer's engine job
 * simply fails and is gone); the plan's records show the winner's step once.
 */
@PlanFlowTest
class ApprovalRacesIT {

    static final String RACES = "approval: ";

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

    ApiClient api;
    InProcessPlans plans;
    Long planId;

    @AfterAll
    static void tally() {
        LoggerFactory.getLogger(ApprovalRacesIT.class).info("Races run:\n{}", Race.tally(RACES));
    }

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
    }

    @RepeatedTest(20)
    void the_reviewer_claiming_while_the_drafter_withdraws_either_takes_the_review_or_finds_it_withdrawn() {
        planId = plans.submitted("撤回与认领", List.of());
        String review = plans.task(planId, TaskKind.DEPT_REVIEW);
        List<ApiClient.Response> answers = Race.requests(RACES + "claim against withdrawal",
                () -> api.post("/api/tasks/" + review + "/claim", "reviewer", null),
                () -> api.post("/api/plans/" + planId + "/withdraw", "drafter", null));

        if (Race.oneWins(answers, 200) == 0) {
            assertThat(status()).isEqualTo("IN_REVIEW");
            assertThat(openTask().getTaskDefinitionKey()).isEqualTo(PlanApprovalProcess.TASK_DEPT_REVIEW);
            assertThat(openTask().getAssignee()).isEqualTo("reviewer");
            assertThat(actions("WITHDRAWN")).isZero();
        } else {
            assertWithdrawn();
        }
    }

    @RepeatedTest(20)
    void the_leader_deciding_while_the_drafter_withdraws_either_approves_or_finds_it_withdrawn() {
        planId = plans.submitted("撤回与审批", List.of());
        plans.complete("reviewer", plans.task(planId, TaskKind.DEPT_REVIEW), Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        String approval = plans.task(planId, TaskKind.LEADER_APPROVAL);
        List<ApiClient.Response> answers = Race.requests(RACES + "leader's approval against withdrawal",
                () -> api.post("/api/tasks/" + approval + "/complete", "leader", "{\"outcome\":\"approve\"}"),
                () -> api.post("/api/plans/" + planId + "/withdraw", "drafter", null));

        if (Race.oneWins(answers, 204, 200) == 0) {
            assertThat(status()).isEqualTo("APPROVED");
            assertThat(openTask().getTaskDefinitionKey()).isEqualTo(PlanApprovalProcess.TASK_ISSUE);
            assertThat(actions("LEADER_DECIDED")).isEqualTo(1);
            assertThat(actions("WITHDRAWN")).isZero();
        } else {
            assertThat(actions("LEADER_DECIDED")).isZero();
            assertWithdrawn();
        }
    }

    @RepeatedTest(20)
    void a_late_answer_while_the_deadline_timer_fires_is_either_taken_or_recorded_as_no_opinion(RepetitionInfo repetition) {
        planId = plans.inConsultation("逾期与反馈", List.of("whlyj"));
        String task = plans.task(planId, TaskKind.GIVE_OPINION);
        String consultation = runtime.createProcessInstanceQuery().processDefinitionKey(ConsultationProcess.KEY)
                .variableValueEquals(ConsultationProcess.VAR_PLAN_ID, planId).singleResult().getId();
        String deadline = management.createJobQuery().processInstanceId(consultation)
                .activityId(ConsultationProcess.BOUNDARY_DEADLINE).singleResult().getId();
        boolean opinions = repetition.getCurrentRepetition() % 2 == 0;
        String body = opinions ? "{\"outcome\":\"opinions\",\"opinions\":[{\"text\":\"最后一刻的意见\"}]}" : "{\"outcome\":\"no_opinion\"}";
        long delay = Race.jobDelay(() -> assertThat(api.get("/api/tasks/" + task, "staff-whlyj").status()).isEqualTo(200),
                repetition.getCurrentRepetition());

        List<String> outcomes = Race.requestAndJob(RACES + "late " + (opinions ? "opinions" : "no_opinion")
                        + " against the deadline timer",
                () -> api.post("/api/tasks/" + task + "/complete", "staff-whlyj", body),
                () -> management.executeJob(deadline), delay);

        List<String> replies = jdbc.sql("SELECT kind FROM opinion WHERE plan_id = ?").param(planId).query(String.class).list();
        if (outcomes.get(0).equals("204")) {
            assertThat(outcomes.get(1)).as("the timer never records a unit that answered")
                    .isIn("job gone", "job lost (OptimisticLockingException)");
            assertThat(replies).containsExactly(opinions ? "OPINION" : "NO_OPINION");
            assertThat(actions("OPINION_GIVEN")).isEqualTo(1);
            assertThat(actions("OPINION_LATE")).isZero();
        } else {
            assertThat(outcomes).containsExactly("409", "job ran");
            assertThat(replies).containsExactly("LATE_NO_OPINION");
            assertThat(jdbc.sql("SELECT text FROM opinion WHERE plan_id = ?").param(planId).query(String.class).single())
                    .isEqualTo(ConsultationService.LATE_TEXT);
            assertThat(actions("OPINION_LATE")).isEqualTo(1);
            assertThat(actions("OPINION_GIVEN")).isZero();
        }
        assertThat(management.createJobQuery().processInstanceId(consultation).count()).as("no timer left").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(consultation).finished().count()).isEqualTo(1);
        assertThat(status()).isEqualTo("CONSOLIDATING");
        assertThat(openTask().getTaskDefinitionKey()).isEqualTo(PlanApprovalProcess.TASK_CONSOLIDATE);
    }

    private void assertWithdrawn() {
        assertThat(status()).isEqualTo("DRAFTING");
        assertThat(openTask().getTaskDefinitionKey()).isEqualTo(PlanApprovalProcess.TASK_DRAFT);
        assertThat(jdbc.sql("SELECT kind FROM inbox_task WHERE plan_id = ?").param(planId).query(String.class).list())
                .containsExactly(TaskKind.DRAFT.name());
        assertThat(actions("WITHDRAWN")).isEqualTo(1);
    }

    /** The plan's one open task in the engine: a second one would mean both sides went through. */
    private Task openTask() {
        return tasks.createTaskQuery().processInstanceBusinessKey(PlanService.businessKey(planId)).singleResult();
    }

    private long actions(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE plan_id = ? AND action = ?").params(planId, action)
                .query(Long.class).single();
    }

    private String status() {
        return jdbc.sql("SELECT status FROM plan WHERE id = ?").param(planId).query(String.class).single();
    }
}
