package org.planflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.assessment.TestAssessments;
import org.planflow.calendar.Deadlines;
import org.planflow.meeting.MeetingService;
import org.planflow.plan.PlanService;
import org.planflow.shared.Formats;
import org.planflow.shared.TaskKind;
import org.planflow.shared.process.TaskKindProperty;
import org.planflow.subplan.TownPlanners;
import org.planflow.supervision.SupervisionProperties;
import org.planflow.workpoints.process.WorkPointsProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real task of every kind, made by the processes as people and the engine make them, falls due after its working
 * days: the process's own where it computes one, else its kind's default. A kind added later without a deadline, or
 * without a place in this story, fails here.
 */
@PlanFlowTest
class EveryTaskKindIT {

    /** The deadlines this story chooses where the process asks for one. */
    private static final int CONSULT_DAYS = 4;
    private static final int ACK_DAYS = 3;
    private static final int ANSWER_DAYS = 2;
    private static final int SELF_ASSESS_DAYS = 10;
    private static final int SUB_PLAN_DAYS = 15;

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Deadlines deadlines;
    @Autowired
    TaskDeadlineService taskDeadlines;
    @Autowired
    SupervisionProperties supervision;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @Test
    void a_task_of_every_kind_falls_due_after_its_working_days() {
        api = new ApiClient(port);
        // Tasks other tests made under a moved clock may carry any start time: this story's are those not there before it.
        Set<String> before = history.createHistoricTaskInstanceQuery().list().stream().map(HistoricTaskInstance::getId)
                .collect(Collectors.toSet());
        Map<TaskKind, Integer> chosen = new EnumMap<>(Map.of(TaskKind.GIVE_OPINION, CONSULT_DAYS, TaskKind.ACKNOWLEDGE, ACK_DAYS,
                TaskKind.ACCEPT_ASSIGNMENT, supervision.acceptWorkingDays(), TaskKind.ANSWER_SUPERVISION_NOTICE, ANSWER_DAYS,
                TaskKind.SELF_ASSESS, SELF_ASSESS_DAYS, TaskKind.SUBMIT_SUB_PLAN, SUB_PLAN_DAYS));

        long planId = approvalWithConsultationAndARefusal();
        subPlanFiled();
        Map<String, Instant> reportDues = supervision(planId);
        quarterlyReview(planId);
        TestAssessments.Opened assessment = TestAssessments.open(api, "每类待办时限考核 " + System.nanoTime());
        TestAssessments.selfAssessed(api, assessment);
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "SCORE_ASSESSMENT", assessment.planId()),
                "{\"outcome\":\"submit\",\"scores\":[]}");

        Map<TaskKind, Date> meetingDues = meeting(planId);
        workPointsAsked();

        Map<TaskKind, List<HistoricTaskInstance>> created = new EnumMap<>(TaskKind.class);
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().list().stream()
                .filter(task -> !before.contains(task.getId())).toList()) {
            created.computeIfAbsent(kindOf(task), kind -> new java.util.ArrayList<>()).add(task);
        }
        for (TaskKind kind : TaskKind.values()) {
            assertThat(created.get(kind)).as("no %s task was made: give the kind its place in this story", kind).isNotEmpty();
            for (HistoricTaskInstance task : created.get(kind)) {
                assertThat(task.getDueDate()).as("%s %s has no due date", kind, task.getId()).isNotNull();
                if (kind == TaskKind.REPORT_PROGRESS) {
                    assertThat(reportDues).as("REPORT_PROGRESS %s of an item this story follows", task.getName())
                            .containsKey(task.getProcessInstanceId());
                }
                Date expected = kind == TaskKind.REPORT_PROGRESS ? Date.from(reportDues.get(task.getProcessInstanceId()))
                        : meetingDues.containsKey(kind) ? meetingDues.get(kind)
                        : deadlines.workingDaysAfter(task.getStartTime(), chosen.containsKey(kind) ? chosen.get(kind)
                        : taskDeadlines.workingDays(kind).orElseThrow(() -> new AssertionError(kind + " has no default deadline")));
                assertThat(task.getDueDate()).as("%s due %s working days after %s", kind, chosen.getOrDefault(kind,
                        taskDeadlines.workingDays(kind).orElse(null)), task.getStartTime()).isEqualTo(expected);
            }
        }
    }

    /**
     * DRAFT, DEPT_REVIEW, GIVE_OPINION, CONSOLIDATE, LEADER_APPROVAL, ISSUE, ACKNOWLEDGE, REROUTE: a plan consulted with
     * 区发展改革委, issued to 乡镇1, which refuses it. Its third item names a unit the district does not have.
     */
    private long approvalWithConsultationAndARefusal() {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"每类待办时限 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"category":"质量基础","indicator":"建设计量检测中心","score":10,"leadUnit":{"code":"scjgj"},"dueDate":"2027-12-31"},
                          {"category":"质量提升","indicator":"开展质量提升行动","score":5,"leadUnit":{"code":"jxj"},"dueDate":"2027-12-31"},
                          {"indicator":"推进建筑工程质量提升","leadUnit":{"name":"区质量兴区委员会"},"dueDate":"2027-12-31"}]}"""
                .formatted(System.nanoTime()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long planId = created.json().path("id").asLong();
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "DRAFT", planId), """
                {"outcome":"submit","consultUnits":["fgw"],"consultWorkingDays":%d,"approvers":["leader"]}""".formatted(CONSULT_DAYS));
        TestPlans.complete(api, "reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        TestPlans.complete(api, "staff-fgw", api.taskOf("staff-fgw", "GIVE_OPINION", planId), "{\"outcome\":\"no_opinion\"}");
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "CONSOLIDATE", planId), "{\"outcome\":\"submit\",\"answers\":[]}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "LEADER_APPROVAL", planId), "{\"outcome\":\"approve\"}");
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), """
                {"outcome":"issue","prefix":"区政办发","form":"印发","recipients":["town-1"],"ackWorkingDays":%d}""".formatted(ACK_DAYS));
        TestPlans.complete(api, "staff-town-1", api.taskOf("staff-town-1", "ACKNOWLEDGE", planId),
                "{\"outcome\":\"refuse\",\"reason\":\"非本单位职责\"}");
        assertThat(api.taskOf("office", "REROUTE", planId)).isNotBlank();
        return planId;
    }

    /** SUBMIT_SUB_PLAN and FILE_SUB_PLAN: a plan issued to 城关镇 asking for its own plan, which it writes, submits and has filed. */
    private void subPlanFiled() {
        TownPlanners.hire(api, jdbc);
        long planId = TestPlans.approved(api, "每类待办时限配套方案 " + System.nanoTime());
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), """
                {"outcome":"issue","prefix":"区政办发","form":"印发","recipients":["town-1"],"ackWorkingDays":%d,
                 "subPlanUnits":["town-1"],"subPlanWorkingDays":%d}""".formatted(ACK_DAYS, SUB_PLAN_DAYS));
        ApiClient.Response created = api.post("/api/plans/" + planId + "/sub-plans", TownPlanners.drafter("town-1"),
                "{\"title\":\"城关镇配套方案\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long subPlanId = created.json().path("id").asLong();
        TownPlanners.approve(api, subPlanId, "town-1");
        TestPlans.complete(api, "staff-town-1", api.taskOf("staff-town-1", "SUBMIT_SUB_PLAN", planId),
                "{\"outcome\":\"submit\",\"subPlanId\":" + subPlanId + "}");
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "FILE_SUB_PLAN", planId), "{\"outcome\":\"file\"}");
    }

    /**
     * ASSIGN_LEAD_UNIT, ACCEPT_ASSIGNMENT, REPORT_PROGRESS, REVIEW_REPORT, VERIFY_CLOSURE, REVIEW_EXTENSION and
     * ANSWER_SUPERVISION_NOTICE; the reports are opened by running their period's timer now. Returns each
     * report's due date by the process instance of its item.
     */
    private Map<String, Instant> supervision(long planId) {
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "ASSIGN_LEAD_UNIT", planId),
                "{\"outcome\":\"assign\",\"leadUnit\":\"zjj\"}");
        String measures = """
                {"outcome":"accept","measures":"按计划推进","milestones":[{"text":"完成","due":"2027-06-30"}],"responsible":"张科长"}""";
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId), measures);
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "ACCEPT_ASSIGNMENT", planId), measures);
        JsonNode items = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();
        long scjgj = itemLedBy(items, "scjgj");
        long jxj = itemLedBy(items, "jxj");

        Map<String, Instant> reportDues = new HashMap<>();
        for (long item : new long[] {scjgj, jxj}) {
            String instance = api.get("/api/supervision/items/" + item, "supervisor").json().path("item").path("processInstanceId").asText();
            Job periodEnd = management.createJobQuery().processInstanceId(instance).timers().list().stream()
                    .filter(job -> "Timer_PeriodEnd".equals(activityOf(job))).findFirst().orElseThrow();
            management.executeJob(periodEnd.getId());
            reportDues.put(instance, Instant.parse(api.get("/api/supervision/items/" + item, "supervisor").json()
                    .path("reports").get(0).path("due").asText()));
        }
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "REPORT_PROGRESS", planId),
                "{\"outcome\":\"report\",\"progress\":\"选址完成\",\"percent\":30,\"status\":\"ON_TRACK\"}");
        TestPlans.complete(api, "staff-jxj", api.taskOf("staff-jxj", "REPORT_PROGRESS", planId),
                "{\"outcome\":\"report\",\"progress\":\"已完成\",\"percent\":100,\"status\":\"DONE\"}");
        assertThat(api.taskOf("supervisor", "REVIEW_REPORT", planId)).isNotBlank();
        assertThat(api.taskOf("supervisor", "VERIFY_CLOSURE", planId)).isNotBlank();

        assertThat(api.post("/api/supervision/items/" + scjgj + "/extension", "staff-scjgj",
                "{\"dueDate\":\"2028-06-30\",\"reason\":\"设备到货推迟\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/supervision/items/" + scjgj + "/notices", "supervisor",
                "{\"text\":\"请加快进度\",\"answerWorkingDays\":" + ANSWER_DAYS + "}").status()).isEqualTo(201);
        assertThat(api.taskOf("reviewer", "ANSWER_SUPERVISION_NOTICE", planId)).isNotBlank();
        return reportDues;
    }

    /** QUARTERLY_REPORT, APPROVE_QUARTERLY_REPORT and READ_NOTICE of a 通报 with no reading deadline of its own. */
    private void quarterlyReview(long planId) {
        LocalDate lastQuarter = LocalDate.now(Formats.DISTRICT_ZONE).minusMonths(3);
        String period = lastQuarter.getYear() + "-Q" + ((lastQuarter.getMonthValue() - 1) / 3 + 1);
        ApiClient.Response started = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor",
                "{\"period\":\"" + period + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        TestPlans.complete(api, "supervisor", api.taskOf("supervisor", "QUARTERLY_REPORT", planId),
                "{\"outcome\":\"submit\",\"text\":\"季度通报正文\"}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "APPROVE_QUARTERLY_REPORT", planId), "{\"outcome\":\"approve\"}");
        assertThat(api.taskOf("staff-jxj", "READ_NOTICE", planId)).isNotBlank();
    }

    /**
     * CONFIRM_ATTENDANCE and RECORD_MINUTES: a meeting in ten days with 乡镇1, which confirms; the receipt is due the evening
     * before the meeting, the minutes some working days after it.
     */
    private Map<TaskKind, Date> meeting(long planId) {
        LocalDate day = LocalDate.now(Formats.DISTRICT_ZONE).plusDays(10);
        ApiClient.Response scheduled = api.post("/api/plans/" + planId + "/meetings", "supervisor", """
                {"kind":"JOINT","date":"%s","units":["town-1"],"chair":"分管副区长","agenda":"听取进展汇报"}""".formatted(day));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        ApiClient.Response answered = api.post("/api/meetings/" + scheduled.json().path("id").asLong() + "/attendance",
                "staff-town-1", "{\"outcome\":\"attend\",\"attendees\":\"镇长\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return Map.of(TaskKind.CONFIRM_ATTENDANCE, Date.from(Instant.parse(scheduled.json().path("attendanceDue").asText())),
                TaskKind.RECORD_MINUTES, deadlines.workingDaysAfter(day, MeetingService.MINUTES_WORKING_DAYS));
    }

    /** DRAW_WORK_POINTS: a plan running three years from this one asks for next year's work points as that year begins. */
    private void workPointsAsked() {
        int year = LocalDate.now(Formats.DISTRICT_ZONE).getYear();
        long planId = TestPlans.issued(api, """
                {"title":"每类待办时限三年方案 %d","period":{"start":"%d-01-01","end":"%d-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"开展质量提升行动","leadUnit":{"code":"scjgj"}}]}""".formatted(System.nanoTime(), year, year + 2),
                "[\"scjgj\"]");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(WorkPointsProcess.KEY)
                .processInstanceBusinessKey(PlanService.businessKey(planId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        assertThat(api.taskOf("drafter", TaskKind.DRAW_WORK_POINTS.name(), planId)).isNotBlank();
    }

    private TaskKind kindOf(HistoricTaskInstance task) {
        UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
        return TaskKindProperty.of(element).flatMap(TaskKind::of).orElseThrow(() -> new AssertionError(
                task.getTaskDefinitionKey() + " names no task kind"));
    }

    private String activityOf(Job job) {
        return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private static long itemLedBy(JsonNode items, String unit) {
        for (JsonNode item : items) {
            if (unit.equals(item.path("leadUnit").path("code").asText())) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("No item led by " + unit + " in " + items);
    }
}
