package org.planflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.assessment.process.AnnualAssessmentProcess;
import org.planflow.shared.Outcome;

@Deployment(resources = {"bpmn/annual-assessment.bpmn", "forms/leader-approval.form"})
class AnnualAssessmentProcessTest {

    static final List<String> CALLED = new ArrayList<>();
    static final Date DEADLINE = Date.from(Instant.now().plus(14, ChronoUnit.DAYS));

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "recordLapsedSelfAssessmentDelegate", (JavaDelegate) execution -> CALLED.add("lapse:" + execution.getVariable("unitCode")),
            "closeSelfAssessmentDelegate", (JavaDelegate) execution -> CALLED.add("close:" + execution.getVariable("assessmentId")),
            "publishAssessmentDelegate", (JavaDelegate) execution -> CALLED.add("publish:" + execution.getVariable("assessmentId"))));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        CALLED.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance open(String approver, List<String> units) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AnnualAssessmentProcess.VAR_ASSESSMENT_ID, 5L);
        variables.put(AnnualAssessmentProcess.VAR_PLAN_ID, 1L);
        variables.put(AnnualAssessmentProcess.VAR_PLAN_TITLE, "创建质量强区工作推进方案");
        variables.put(AnnualAssessmentProcess.VAR_UNITS, units);
        variables.put(AnnualAssessmentProcess.VAR_DEADLINE, DEADLINE);
        variables.put(AnnualAssessmentProcess.VAR_SUPERVISORS, "role-supervisor");
        variables.put(AnnualAssessmentProcess.VAR_LEADERS, "role-leader");
        variables.put(AnnualAssessmentProcess.VAR_APPROVER, approver);
        return engine.getRuntimeService().startProcessInstanceByKey(AnnualAssessmentProcess.KEY, "assessment-5", variables);
    }

    Task selfAssessmentOf(ProcessInstance instance, String unit) {
        return taskQuery().processInstanceId(instance.getId()).taskCandidateGroup(unit).singleResult();
    }

    @Test
    void every_unit_self_assesses_then_the_office_scores_the_leader_returns_once_and_the_results_are_published() {
        ProcessInstance instance = open("leader", List.of("scjgj", "czj", "zjj"));

        assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(AnnualAssessmentProcess.TASK_SELF_ASSESS)
                .count()).isEqualTo(3);
        Task scjgj = selfAssessmentOf(instance, "scjgj");
        assertThat(scjgj.getDueDate()).isEqualTo(DEADLINE);
        complete(scjgj, withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        complete(selfAssessmentOf(instance, "czj"), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        assertThat(CALLED).isEmpty();
        complete(selfAssessmentOf(instance, "zjj"), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(CALLED).containsExactly("close:5");
        assertThat(instance).isWaitingAt(AnnualAssessmentProcess.TASK_SCORE_ASSESSMENT);
        assertThat(task(instance)).hasCandidateGroup("role-supervisor");
        complete(task(instance), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(instance).isWaitingAt(AnnualAssessmentProcess.TASK_APPROVE_ASSESSMENT);
        assertThat(task(instance)).isAssignedTo("leader");
        complete(task(instance), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.RETURN.value()));

        assertThat(instance).isWaitingAt(AnnualAssessmentProcess.TASK_SCORE_ASSESSMENT);
        complete(task(instance), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        complete(task(instance), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.APPROVE.value()));

        assertThat(instance).hasPassed(AnnualAssessmentProcess.END_SELF_ASSESSED, AnnualAssessmentProcess.TASK_CLOSE_SELF_ASSESSMENT,
                AnnualAssessmentProcess.GATEWAY_APPROVED, AnnualAssessmentProcess.TASK_PUBLISH_RESULTS,
                AnnualAssessmentProcess.END_PUBLISHED).isEnded();
        assertThat(CALLED).containsExactly("close:5", "publish:5");
    }

    @Test
    void a_unit_that_lets_the_deadline_pass_is_recorded_as_not_self_assessed() {
        ProcessInstance instance = open(null, List.of("scjgj", "town-1"));
        complete(selfAssessmentOf(instance, "scjgj"), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        Job deadline = engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(DEADLINE);
        execute(deadline);

        assertThat(CALLED).containsExactly("lapse:town-1", "close:5");
        assertThat(instance).hasPassed(AnnualAssessmentProcess.BOUNDARY_DEADLINE_PASSED, AnnualAssessmentProcess.TASK_RECORD_LAPSE,
                AnnualAssessmentProcess.END_LAPSED).isWaitingAt(AnnualAssessmentProcess.TASK_SCORE_ASSESSMENT);
        complete(task(instance), withVariables(AnnualAssessmentProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        assertThat(task(instance)).isNotAssigned().hasCandidateGroup("role-leader");
    }
}
