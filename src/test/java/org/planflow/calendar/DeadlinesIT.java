package org.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

@PlanFlowTest
class DeadlinesIT {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarProperties properties;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void one_working_day_from_the_friday_before_the_spring_festival_is_due_at_18_00_on_the_make_up_saturday() {
        // 2026-02-13 09:00 in Beijing is 01:00 UTC.
        Deadlines deadlines = at(Instant.parse("2026-02-13T01:00:00Z"));

        assertThat(deadlines.workingDaysFromNow(1)).isEqualTo(due("2026-02-14"));
        assertThat(deadlines.workingDaysFromNow(2)).isEqualTo(due("2026-02-24"));
        assertThat(deadlines.workingDaysFromNow(0)).isEqualTo(due("2026-02-13"));
    }

    @Test
    void now_is_the_districts_day_not_utcs() {
        // 2026-02-12 20:00 UTC is already Friday 04:00 in Beijing.
        assertThat(at(Instant.parse("2026-02-12T20:00:00Z")).workingDaysFromNow(1)).isEqualTo(due("2026-02-14"));
    }

    @Test
    void zero_days_from_a_holiday_is_due_on_the_next_working_day() {
        assertThat(at(Instant.parse("2026-10-02T02:00:00Z")).workingDaysFromNow(0)).isEqualTo(due("2026-10-08"));
    }

    @Test
    void working_days_after_reads_every_kind_of_date() {
        Deadlines deadlines = at(Instant.parse("2026-01-05T02:00:00Z"));
        Date expected = due("2026-10-08");

        assertThat(deadlines.workingDaysAfter(LocalDate.of(2026, 9, 30), 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter("2026-09-30", 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter("2026-09-30T10:00:00", 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter("2026-09-30T10:00:00+08:00", 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter("2026-09-29T23:30:00Z", 1)).as("07:30 on the 30th in Beijing").isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter(Instant.parse("2026-09-30T02:00:00Z"), 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter(Date.from(Instant.parse("2026-09-30T02:00:00Z")), 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter(LocalDateTime.of(2026, 9, 30, 17, 0), 1)).isEqualTo(expected);
        assertThat(deadlines.workingDaysAfter(due("2026-10-08"), -1)).as("a reminder the working day before").isEqualTo(due("2026-09-30"));
        assertThatThrownBy(() -> deadlines.workingDaysAfter("next week", 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> deadlines.workingDaysAfter(null, 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_bpmn_due_date_expression_uses_the_deadlines_bean() {
        Deployment deployment = repository.createDeployment()
                .addModelInstance("deadline-expression-test.bpmn", Bpmn.createExecutableProcess("deadlineExpressionTest")
                        .startEvent()
                        .userTask("Task_Due").camundaDueDate("${deadlines.workingDaysAfter(start, 1)}")
                        .endEvent()
                        .done())
                .deploy();
        try {
            ProcessInstance instance = runtime.startProcessInstanceByKey("deadlineExpressionTest", Map.of("start", "2026-02-13"));

            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                    .isEqualTo(due("2026-02-14"));
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private Deadlines at(Instant now) {
        return new Deadlines(calendar, Clock.fixed(now, ZoneOffset.UTC), properties);
    }

    private static Date due(String day) {
        return Date.from(LocalDate.parse(day).atTime(18, 0).atZone(DISTRICT).toInstant());
    }
}
