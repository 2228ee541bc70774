package org.planflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A draft no longer sits with a leader for ever: the approval step gets its kind's deadline when it is
 * created, climbs the escalation ladder as time passes and shows on the overdue list under the leader's name.
 */
@LadderTest
class ApprovalDeadlineLadderIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        // Monday 2 March 2026, a month without holidays.
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void a_leaders_approval_left_undecided_climbs_the_ladder_and_is_listed_under_the_leaders_name() {
        long planId = TestPlans.draft(api, "领导审批时限 " + System.nanoTime());
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "DRAFT", planId), "{\"outcome\":\"submit\",\"approvers\":[\"leader2\"]}");
        TestPlans.complete(api, "reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        String taskId = api.taskOf("leader2", "LEADER_APPROVAL", planId);
        JsonNode inboxEntry = entry(api.get("/api/tasks?size=200&kind=LEADER_APPROVAL", "leader2").json(), taskId);
        assertThat(Instant.parse(inboxEntry.path("due").asText()))
                .as("three working days: Thursday 18:00").isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));

        clock.moveTo("2026-03-04T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER");
        clock.moveTo("2026-03-05T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE");
        clock.moveTo("2026-03-09T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE");
        clock.moveTo("2026-03-12T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE", "ESCALATE");

        assertThat(noticeKinds("leader2", taskId)).contains("REMINDER", "OVERDUE", "URGE", "ESCALATE");
        assertThat(noticeKinds("supervisor", taskId)).containsExactly("ESCALATE");
        JsonNode item = LadderSteps.overdueItem(api, "supervisor", "kind=LEADER_APPROVAL", taskId);
        assertThat(item.path("planId").asLong()).isEqualTo(planId);
        assertThat(item.path("assignee").asText()).isEqualTo("leader2");
        assertThat(item.path("assigneeName").asText()).isEqualTo("张区长");
        assertThat(item.path("workingDaysOverdue").asInt()).isEqualTo(5);
        assertThat(item.path("escalationLevel").asInt()).isEqualTo(4);
    }

    @Test
    void a_plan_that_gives_its_leader_one_working_day_falls_due_the_next_working_day() {
        // Friday: the next working day is Monday.
        clock.moveTo("2026-03-06T10:00:00+08:00");
        long planId = TestPlans.draft(api, "领导审批一日 " + System.nanoTime());
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "DRAFT", planId),
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"],\"stepWorkingDays\":{\"LEADER_APPROVAL\":1}}");
        TestPlans.complete(api, "reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        String taskId = api.taskOf("leader", "LEADER_APPROVAL", planId);

        JsonNode inboxEntry = entry(api.get("/api/tasks?size=200&kind=LEADER_APPROVAL", "leader").json(), taskId);
        assertThat(Instant.parse(inboxEntry.path("due").asText())).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        clock.moveTo("2026-03-09T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE");
    }

    private List<String> noticeKinds(String username, String taskId) {
        return jdbc.sql("SELECT kind FROM notification WHERE recipient = ? AND task_id = ? ORDER BY id")
                .params(username, taskId).query(String.class).list();
    }

    private static JsonNode entry(JsonNode page, String taskId) {
        for (JsonNode entry : page.path("items")) {
            if (taskId.equals(entry.path("id").asText())) {
                return entry;
            }
        }
        throw new AssertionError("No inbox entry " + taskId + " in " + page);
    }
}
