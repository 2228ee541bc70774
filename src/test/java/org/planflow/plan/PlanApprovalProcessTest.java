package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.organization.engine.ProcessGroups;
import org.planflow.ProcessTestEngine;
import org.planflow.consultation.process.ConsultationProcess;
import org.planflow.plan.process.PlanApprovalProcess;
import org.planflow.shared.Outcome;

@Deployment(resources = {"bpmn/plan-approval.bpmn", "bpmn/consultation.bpmn"})
class PlanApprovalProcessTest {

    static final List<String> STEPS_ENTERED = new ArrayList<>();
    static final Date CONSULT_DUE = Date.from(Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final Submissions SUBMISSIONS = new Submissions();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(ProcessGroups.BEAN, new ProcessGroups(),
            "enterPlanStatusDelegate", (ExecutionListener) execution -> STEPS_ENTERED.add(execution.getCurrentActivityId()),
            "openConsultationDelegate", (JavaDelegate) execution -> {
                execution.setVariable(PlanApprovalProcess.VAR_ROUND, 1);
                execution.setVariable(PlanApprovalProcess.VAR_CONSULT_DUE, CONSULT_DUE);
            },
            "recordLateNoOpinionDelegate", (JavaDelegate) execution -> { },
            "issueDocumentNumberDelegate", (JavaDelegate) execution -> STEPS_ENTERED.add(execution.getCurrentActivityId()),
            "deliverPlanDelegate", (JavaDelegate) execution -> STEPS_ENTERED.add(execution.getCurrentActivityId()),
            "planSubmissions", SUBMISSIONS));

    /** Stands in for the plan's stored submission: the units to consult and the leaders in order. */
    public static class Submissions {
        List<String> units = List.of();
        List<String> leaders = List.of("leader");

        public List<String> consultUnits(Object planId) {
            return units;
        }

        public List<String> approvers(Object planId) {
            return leaders;
        }
    }

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        STEPS_ENTERED.clear();
        SUBMISSIONS.units = List.of();
        SUBMISSIONS.leaders = List.of("leader");
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance draft() {
        return draft(null);
    }

    ProcessInstance draft(Long parentPlanId) {
        Map<String, Object> variables = new HashMap<>(Map.of(
                PlanApprovalProcess.VAR_PLAN_ID, 1L, PlanApprovalProcess.VAR_PLAN_TITLE, "质量兴区工作实施方案",
                PlanApprovalProcess.VAR_LEAD_UNIT, "scjgj", PlanApprovalProcess.VAR_UNIT, "scjgj",
                PlanApprovalProcess.VAR_DRAFTER, "drafter"));
        variables.put(PlanApprovalProcess.VAR_PARENT_PLAN_ID, parentPlanId);
        return engine.getRuntimeService().startProcessInstanceByKey(PlanApprovalProcess.KEY, "plan-1", variables);
    }

    void submit(ProcessInstance instance, boolean consult) {
        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_DRAFT);
        assertThat(task(instance)).isAssignedTo("drafter");
        complete(task(instance), withVariables(PlanApprovalProcess.VAR_OUTCOME, PlanApprovalProcess.OUTCOME_SUBMIT,
                PlanApprovalProcess.VAR_CONSULT, consult));
    }

    void review(ProcessInstance instance, String outcome) {
        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_DEPT_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("scjgj.dept_reviewer").isNotAssigned();
        complete(task(instance), withVariables(PlanApprovalProcess.VAR_OUTCOME, outcome));
    }

    void decide(ProcessInstance instance, String leader, String outcome) {
        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_LEADER_APPROVAL);
        assertThat(task(instance)).isAssignedTo(leader);
        complete(task(instance), withVariables(PlanApprovalProcess.VAR_OUTCOME, outcome));
    }

    @Test
    void a_draft_without_consultation_goes_from_review_to_the_leader_and_then_the_office_issues_it() {
        ProcessInstance instance = draft();
        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);
        decide(instance, "leader", PlanApprovalProcess.OUTCOME_APPROVE);

        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_ISSUE);
        assertThat(task(instance)).hasCandidateGroup("role-office_clerk").isNotAssigned();
        complete(task(instance),
                withVariables(PlanApprovalProcess.VAR_OUTCOME, Outcome.ISSUE.value(), CirculationProcess.VAR_ISSUANCE_ID, 7L));
        assertThat(STEPS_ENTERED).containsExactly(PlanApprovalProcess.TASK_DRAFT, PlanApprovalProcess.TASK_DEPT_REVIEW,
                PlanApprovalProcess.TASK_LEADER_APPROVAL, PlanApprovalProcess.TASK_ISSUE,
                PlanApprovalProcess.TASK_ASSIGN_DOC_NUMBER, PlanApprovalProcess.TASK_DELIVER, PlanApprovalProcess.END_ISSUED);
        assertThat(instance).hasPassed(PlanApprovalProcess.GATEWAY_CONSULT, PlanApprovalProcess.GATEWAY_TO_APPROVAL,
                PlanApprovalProcess.GATEWAY_APPROVED).hasNotPassed(PlanApprovalProcess.CALL_CONSULTATION)
                .hasPassed(PlanApprovalProcess.END_ISSUED).isEnded();
    }

    @Test
    void an_approved_sub_plan_is_not_issued_but_ends_approved_for_filing() {
        ProcessInstance instance = draft(9L);
        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);
        decide(instance, "leader", PlanApprovalProcess.OUTCOME_APPROVE);

        assertThat(STEPS_ENTERED).containsExactly(PlanApprovalProcess.TASK_DRAFT, PlanApprovalProcess.TASK_DEPT_REVIEW,
                PlanApprovalProcess.TASK_LEADER_APPROVAL, PlanApprovalProcess.END_APPROVED_FOR_FILING);
        assertThat(instance).hasPassed(PlanApprovalProcess.GATEWAY_APPROVED, PlanApprovalProcess.END_APPROVED_FOR_FILING)
                .hasNotPassed(PlanApprovalProcess.TASK_ISSUE).isEnded();
    }

    @Test
    void a_returned_draft_goes_back_to_the_drafter_and_comes_round_again() {
        ProcessInstance instance = draft();
        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_RETURN);

        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_DRAFT);
        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);
        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_LEADER_APPROVAL);
    }

    @Test
    void the_drafter_can_withdraw_from_review_and_from_approval() {
        ProcessInstance instance = draft();
        submit(instance, false);
        withdraw(instance);
        assertThat(instance).hasPassed(PlanApprovalProcess.BOUNDARY_WITHDRAW_REVIEW).isWaitingAt(PlanApprovalProcess.TASK_DRAFT);

        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);
        withdraw(instance);
        assertThat(instance).hasPassed(PlanApprovalProcess.BOUNDARY_WITHDRAW_APPROVAL).isWaitingAt(PlanApprovalProcess.TASK_DRAFT);
    }

    @Test
    void consulted_units_answer_or_run_late_then_the_drafter_consolidates_and_leaders_approve_in_order() {
        SUBMISSIONS.units = List.of("fgw", "town-1");
        SUBMISSIONS.leaders = List.of("leader", "leader2");
        ProcessInstance instance = draft();
        submit(instance, true);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);

        assertThat(instance).isWaitingAt(PlanApprovalProcess.CALL_CONSULTATION);
        ProcessInstance fgw = consultation(instance, "fgw");
        ProcessInstance town = consultation(instance, "town-1");
        assertThat(task(fgw)).hasCandidateGroup("fgw").hasDueDate(CONSULT_DUE);
        assertThat(fgw.getBusinessKey()).isEqualTo("plan-1");
        complete(task(fgw), withVariables(ConsultationProcess.VAR_OUTCOME, ConsultationProcess.OUTCOME_OPINIONS));
        assertThat(instance).isWaitingAt(PlanApprovalProcess.CALL_CONSULTATION);
        execute(job(town));
        assertThat(town).hasPassed(ConsultationProcess.END_DEEMED_NO_OPINION);

        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_CONSOLIDATE);
        assertThat(task(instance)).isAssignedTo("drafter");
        complete(task(instance), withVariables(PlanApprovalProcess.VAR_OUTCOME, PlanApprovalProcess.OUTCOME_SUBMIT));

        decide(instance, "leader", PlanApprovalProcess.OUTCOME_RETURN);
        assertThat(instance).hasPassed(PlanApprovalProcess.GATEWAY_APPROVED).isWaitingAt(PlanApprovalProcess.TASK_DRAFT);

        submit(instance, false);
        review(instance, PlanApprovalProcess.OUTCOME_PASS);
        decide(instance, "leader", PlanApprovalProcess.OUTCOME_APPROVE);
        decide(instance, "leader2", PlanApprovalProcess.OUTCOME_APPROVE);
        assertThat(instance).isWaitingAt(PlanApprovalProcess.TASK_ISSUE);
        assertThat(STEPS_ENTERED).contains(PlanApprovalProcess.CALL_CONSULTATION, PlanApprovalProcess.TASK_CONSOLIDATE);
    }

    private void withdraw(ProcessInstance instance) {
        engine.getRuntimeService().createMessageCorrelation(PlanApprovalProcess.MESSAGE_WITHDRAW)
                .processInstanceId(instance.getId()).correlate();
    }

    private ProcessInstance consultation(ProcessInstance parent, String unit) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .variableValueEquals(ConsultationProcess.VAR_UNIT, unit).singleResult();
    }
}
