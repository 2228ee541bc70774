package org.planflow.workpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.ProcessTestEngine;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.workpoints.process.WorkPointsProcess;

@Deployment(resources = "bpmn/work-points.bpmn")
class WorkPointsProcessTest {

    /** The years the office has drawn already: the check delegate asks nobody for them. */
    static final Set<Integer> DRAWN = new HashSet<>();
    static final List<Integer> CHECKED = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.coverageExtension(Map.of(
            "checkWorkPointsDelegate", (JavaDelegate) execution -> {
                int year = (Integer) execution.getVariable(WorkPointsProcess.VAR_YEAR);
                CHECKED.add(year);
                execution.setVariable(WorkPointsProcess.VAR_TO_DRAW, !DRAWN.contains(year));
            },
            "advanceWorkPointsYearDelegate", (JavaDelegate) execution -> {
                int next = (Integer) execution.getVariable(WorkPointsProcess.VAR_YEAR) + 1;
                execution.setVariable(WorkPointsProcess.VAR_YEAR, next);
                execution.setVariable(WorkPointsProcess.VAR_YEAR_BEGINS, beginningOf(next));
            }));

    @BeforeEach
    void useThisEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
        DRAWN.clear();
        CHECKED.clear();
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    static Date beginningOf(int year) {
        return Date.from(LocalDate.of(year, 1, 1).atStartOfDay(Formats.DISTRICT_ZONE).toInstant());
    }

    ProcessInstance issue(int firstYear, int lastYear) {
        return engine.getRuntimeService().startProcessInstanceByKey(WorkPointsProcess.KEY, "plan-4", Map.of(
                WorkPointsProcess.VAR_PLAN_ID, 4L, WorkPointsProcess.VAR_PLAN_TITLE, "质量强区三年行动方案",
                WorkPointsProcess.VAR_UNIT, "scjgj", WorkPointsProcess.VAR_DRAWERS, "scjgj.drafter,fgw.drafter",
                WorkPointsProcess.VAR_YEAR, firstYear, WorkPointsProcess.VAR_LAST_YEAR, lastYear,
                WorkPointsProcess.VAR_YEAR_BEGINS, beginningOf(firstYear)));
    }

    @Test
    void each_later_year_asks_the_office_drafters_on_its_first_day_until_the_periods_last_year() {
        ProcessInstance instance = issue(2027, 2028);
        assertThat(instance).isWaitingAt(WorkPointsProcess.EVENT_YEAR_BEGINS);
        assertThat(job(instance)).hasDueDate(beginningOf(2027));

        execute(job(instance));
        assertThat(instance).isWaitingAt(WorkPointsProcess.TASK_DRAW_WORK_POINTS);
        assertThat(task(instance)).hasCandidateGroup("scjgj.drafter").hasCandidateGroup("fgw.drafter").isNotAssigned();
        complete(task(instance), withVariables(WorkPointsProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(instance).isWaitingAt(WorkPointsProcess.EVENT_YEAR_BEGINS);
        assertThat(job(instance)).hasDueDate(beginningOf(2028));
        execute(job(instance));
        complete(task(instance), withVariables(WorkPointsProcess.VAR_OUTCOME, Outcome.SUBMIT.value()));

        assertThat(CHECKED).containsExactly(2027, 2028);
        assertThat(instance).hasPassed(WorkPointsProcess.TASK_ADVANCE_YEAR, WorkPointsProcess.GATEWAY_YEARS_LEFT,
                WorkPointsProcess.END_PERIOD_ENDED).isEnded();
    }

    @Test
    void a_year_drawn_before_it_begins_asks_nobody() {
        DRAWN.add(2027);
        ProcessInstance instance = issue(2027, 2027);
        execute(job(instance));

        assertThat(CHECKED).containsExactly(2027);
        assertThat(instance).hasPassedInOrder(WorkPointsProcess.START_PLAN_ISSUED, WorkPointsProcess.EVENT_YEAR_BEGINS,
                WorkPointsProcess.TASK_CHECK_WORK_POINTS, WorkPointsProcess.GATEWAY_TO_DRAW, WorkPointsProcess.GATEWAY_YEARS_LEFT,
                WorkPointsProcess.END_PERIOD_ENDED).hasNotPassed(WorkPointsProcess.TASK_DRAW_WORK_POINTS).isEnded();
    }
}
