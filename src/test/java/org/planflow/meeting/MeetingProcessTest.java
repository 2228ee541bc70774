package org.planflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.planflow.meeting.process.MeetingProcess;
import org.planflow.shared.Outcome;

@Deployment(resources = {"bpmn/meeting.bpmn", "forms/confirm-attendance.form", "forms/record-minutes.form"})
class MeetingProcessTest {

    static final List<Long> NOTICES = new ArrayList<>();
    static final Date RECEIPTS_DUE = Date.from(Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final Date BEGINS = Date.from(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    static final Date MINUTES_DUE = Date.from(Instant.now().plus(17, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "sendMeetingNoticeDelegate", (JavaDelegate) execution ->
                    NOTICES.add(((Number) execution.getVariable(MeetingProcess.VAR_MEETING_ID)).longValue())));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        NOTICES.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    ProcessInstance schedule() {
        return engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "plan-1", Map.of(
                MeetingProcess.VAR_PLAN_ID, 1L, MeetingProcess.VAR_PLAN_TITLE, "质量强县工作实施方案",
                MeetingProcess.VAR_MEETING_ID, 5L, MeetingProcess.VAR_UNITS, List.of("town-1", "town-2"),
                MeetingProcess.VAR_OFFICE, "scjgj.plan_office", MeetingProcess.VAR_ATTENDANCE_DUE, RECEIPTS_DUE,
                MeetingProcess.VAR_MEETING_BEGINS, BEGINS, MeetingProcess.VAR_MINUTES_DUE, MINUTES_DUE));
    }

    List<Task> receipts(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(MeetingProcess.TASK_CONFIRM_ATTENDANCE).list();
    }

    void recordMinutes(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(MeetingProcess.TASK_RECORD_MINUTES);
        assertThat(task(instance)).hasCandidateGroup("scjgj.plan_office").isNotAssigned().hasDueDate(MINUTES_DUE);
        complete(task(instance), withVariables(MeetingProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));
        assertThat(instance).hasPassed(MeetingProcess.END_MINUTES_RECORDED).isEnded();
    }

    @Test
    void the_notice_asks_every_unit_for_its_receipt_and_the_office_records_the_minutes_once_all_answered() {
        ProcessInstance instance = schedule();
        assertThat(NOTICES).containsExactly(5L);

        List<Task> receipts = receipts(instance);
        assertThat(receipts).hasSize(2).allSatisfy(receipt -> assertThat(receipt).isNotAssigned().hasDueDate(RECEIPTS_DUE));
        assertThat(receipts.get(0)).hasCandidateGroup("town-1");
        assertThat(receipts.get(1)).hasCandidateGroup("town-2");
        complete(receipts.get(0), withVariables(MeetingProcess.VAR_OUTCOME, Outcome.ATTEND.value()));
        complete(receipts.get(1), withVariables(MeetingProcess.VAR_OUTCOME, Outcome.DECLINE.value()));

        recordMinutes(instance);
        assertThat(instance).hasPassedInOrder(MeetingProcess.START_SCHEDULED, MeetingProcess.TASK_SEND_NOTICE,
                MeetingProcess.TASK_CONFIRM_ATTENDANCE, MeetingProcess.TASK_RECORD_MINUTES, MeetingProcess.END_MINUTES_RECORDED)
                .hasNotPassed(MeetingProcess.BOUNDARY_MEETING_BEGINS);
    }

    @Test
    void receipts_still_open_when_the_meeting_begins_close_unanswered() {
        ProcessInstance instance = schedule();
        complete(receipts(instance).get(0), withVariables(MeetingProcess.VAR_OUTCOME, Outcome.ATTEND.value()));

        assertThat(job(instance)).hasDueDate(BEGINS);
        execute(job(instance));

        assertThat(receipts(instance)).isEmpty();
        assertThat(instance).hasPassed(MeetingProcess.BOUNDARY_MEETING_BEGINS);
        recordMinutes(instance);
    }
}
