package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office issues an approved plan to all townships and one street office; units read, acknowledge,
 * refuse (re-routed by the office) or let the deadline pass, which escalates as the clock moves.
 */
@LadderTest
class CirculationStoryIT {

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
        clock.moveTo("2026-03-02T09:00:00+08:00");
    }

    @Test
    void issued_plan_is_acknowledged_refused_and_rerouted_and_a_late_unit_escalates_and_is_urged() {
        long planId = TestPlans.approved(api, "签收流转测试方案 " + System.nanoTime());
        String issueTask = api.taskOf("office", "ISSUE", planId);

        // Bad issuances are refused field by field and leave the plan as it was.
        assertRefused(issueTask, "office", "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"nowhere\"],\"ackWorkingDays\":3}",
                CirculationFields.RECIPIENTS, CirculationProblem.RECIPIENT_UNKNOWN);
        assertRefused(issueTask, "office", "{\"outcome\":\"issue\",\"prefix\":\"乱号\",\"form\":\"印发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":3}",
                CirculationFields.PREFIX, CirculationProblem.PREFIX_UNKNOWN);
        assertRefused(issueTask, "office", "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":0}",
                CirculationFields.ACK_WORKING_DAYS, CirculationProblem.ACK_DAYS_OUT_OF_RANGE);
        assertRefused(issueTask, "office", "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"下发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":3}",
                CirculationFields.FORM, CirculationProblem.FORM_UNKNOWN);
        ApiClient.Response notClerk = api.post("/api/tasks/" + issueTask + "/complete", "drafter",
                "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":3}");
        assertThat(notClerk.status()).isEqualTo(404);
        assertThat(plan(planId).path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.get("/api/plans/" + planId + "/acknowledgements?size=500", "office").json().path("deliveries").path("items")).isEmpty();

        TestPlans.complete(api, "office", issueTask, "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"转发\","
                + "\"recipients\":[\"ALL_TOWNSHIPS\",\"street-1\"],\"ackWorkingDays\":3}");
        JsonNode issued = plan(planId);
        assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
        String docNumber = issued.path("docNumber").asText();
        assertThat(docNumber).matches("区政办发〔2026〕\\d+号");
        JsonNode acknowledgements = api.get("/api/plans/" + planId + "/acknowledgements", "office").json();
        assertThat(acknowledgements.path("issuance").path("docNumber").asText()).isEqualTo(docNumber);
        assertThat(acknowledgements.path("issuance").path("noticeTitle").asText()).startsWith("关于转发区市场监管局拟定的");
        assertThat(acknowledgements.path("issuance").path("addressees").asText()).isEqualTo("各乡镇人民政府，沱河街道办事处：");
        assertThat(acknowledgements.path("totals").path("total").asInt()).isEqualTo(7);
        assertThat(statuses(planId)).containsEntry("town-1", "PENDING").containsEntry("street-1", "PENDING");
        // Each acknowledgement process stores only what its later steps read (decision 050); its deadline still holds.
        assertThat(jdbc.sql("""
                        SELECT v.name_ FROM act_ru_variable v JOIN inbox_task t ON t.process_instance_id = v.proc_inst_id_
                        WHERE t.plan_id = ? AND t.unit_code = 'town-1' AND t.kind = 'ACKNOWLEDGE'""")
                .param(planId).query(String.class).list()).containsExactlyInAnyOrder(CirculationProcess.VAR_DELIVERY_ID,
                CirculationProcess.VAR_PLAN_ID, CirculationProcess.VAR_PLAN_TITLE, CirculationProcess.VAR_UNIT);

        // Opening the plan is town-1's read receipt; town-2 acknowledges once, a second time is a conflict.
        assertThat(api.get("/api/plans/" + planId, "staff-town-1").status()).isEqualTo(200);
        assertThat(statuses(planId)).containsEntry("town-1", "READ");
        String town2 = api.taskOf("staff-town-2", "ACKNOWLEDGE", planId);
        ApiClient.Response otherUnit = api.post("/api/tasks/" + town2 + "/complete", "staff-town-3", "{\"outcome\":\"acknowledge\"}");
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(statuses(planId)).containsEntry("town-2", "PENDING");
        TestPlans.complete(api, "staff-town-2", town2, "{\"outcome\":\"acknowledge\"}");
        ApiClient.Response twice = api.post("/api/tasks/" + town2 + "/complete", "staff-town-2", "{\"outcome\":\"acknowledge\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(delivery(planId, "town-2").path("by").asText()).isEqualTo("staff-town-2");
        for (String unit : List.of("town-5", "town-6", "street-1")) {
            TestPlans.complete(api, "staff-" + unit, api.taskOf("staff-" + unit, "ACKNOWLEDGE", planId), "{\"outcome\":\"acknowledge\"}");
        }

        // town-3 is the wrong recipient: a refusal needs its reason, then the office re-routes it to street-2.
        String town3 = api.taskOf("staff-town-3", "ACKNOWLEDGE", planId);
        ApiClient.Response noReason = api.post("/api/tasks/" + town3 + "/complete", "staff-town-3", "{\"outcome\":\"refuse\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText()).isEqualTo(CirculationFields.REASON);
        assertThat(noReason.json().path("code").asText()).isEqualTo(CirculationProblem.REASON_REQUIRED.name());
        assertThat(statuses(planId)).containsEntry("town-3", "PENDING");
        TestPlans.complete(api, "staff-town-3", town3, "{\"outcome\":\"refuse\",\"reason\":\"本镇不涉及，应送沱河以外的三里街道\"}");
        String reroute = api.taskOf("office", "REROUTE", planId);
        ApiClient.Response backToRefuser = api.post("/api/tasks/" + reroute + "/complete", "office", "{\"outcome\":\"reroute\",\"unit\":\"town-3\"}");
        assertThat(backToRefuser.status()).isEqualTo(400);
        assertThat(backToRefuser.json().path("field").asText()).isEqualTo(CirculationFields.UNIT);
        assertThat(backToRefuser.json().path("code").asText()).isEqualTo(CirculationProblem.UNIT_REFUSED.name());
        TestPlans.complete(api, "office", reroute, "{\"outcome\":\"reroute\",\"unit\":\"street-2\"}");
        assertThat(delivery(planId, "town-3").path("reroutedTo").path("code").asText()).isEqualTo("street-2");
        assertThat(delivery(planId, "town-3").path("reason").asText()).contains("三里街道");
        assertThat(statuses(planId)).containsEntry("town-3", "REFUSED").containsEntry("street-2", "PENDING");
        assertThat(api.get("/api/plans/" + planId, "staff-street-2").status()).isEqualTo(200);

        // The deadline (Thursday 18:00) passes: town-1 (read), town-4 and street-2 are overdue; town-4 climbs the ladder.
        String town4 = api.taskOf("staff-town-4", "ACKNOWLEDGE", planId);
        clock.moveTo("2026-03-06T10:00:00+08:00");
        awaitOverdue(planId, 3);
        assertThat(statuses(planId)).containsEntry("town-1", "OVERDUE").containsEntry("town-4", "OVERDUE")
                .containsEntry("street-2", "OVERDUE");
        LadderSteps.await(jdbc, town4, "REMINDER", "OVERDUE");
        assertThat(LadderSteps.overdueItem(api, "supervisor", "kind=ACKNOWLEDGE", town4).path("escalationLevel").asInt()).isEqualTo(2);

        // The office urges every late unit at once: one notice each, each in the timeline.
        assertThat(api.post("/api/plans/" + planId + "/acknowledgements/urge", "staff-town-1", "").status()).isEqualTo(403);
        assertThat(api.post("/api/plans/" + planId + "/acknowledgements/urge", "office", "").json().path("urged").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient = 'staff-town-4' AND plan_id = ? AND kind = 'URGE'")
                .param(planId).query(Long.class).single()).isEqualTo(1);

        JsonNode totals = api.get("/api/plans/" + planId + "/acknowledgements", "office").json().path("totals");
        assertThat(totals.path("total").asInt()).isEqualTo(8);
        assertThat(totals.path("acknowledged").asInt()).isEqualTo(4);
        assertThat(totals.path("overdue").asInt()).isEqualTo(3);
        assertThat(totals.path("refused").asInt()).isEqualTo(1);

        // town-4 acknowledges late; the timeline tells the whole circulation.
        TestPlans.complete(api, "staff-town-4", town4, "{\"outcome\":\"acknowledge\"}");
        assertThat(delivery(planId, "town-4").path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(delivery(planId, "town-4").path("late").asBoolean()).isTrue();
        List<String> timeline = new ArrayList<>();
        for (JsonNode event : api.get("/api/plans/" + planId + "/timeline?size=500", "office").items()) {
            timeline.add(event.path("what").asText());
        }
        assertThat(timeline).containsSubsequence("ISSUED", "DELIVERY_READ", "ACKNOWLEDGED", "REFUSED", "REROUTED",
                "DELIVERY_OVERDUE", "ACK_URGED", "ACKNOWLEDGED");
        // The demo's own work of town-4 may stand later in its done list than this story's clock.
        JsonNode done = api.get("/api/tasks?scope=done&size=200", "staff-town-4").json();
        assertThat(done.path("items")).filteredOn(entry -> entry.path("planId").asLong() == planId)
                .extracting(entry -> entry.path("outcome").asText()).containsExactly(Outcome.ACKNOWLEDGE.value());
    }

    private void assertRefused(String taskId, String username, String body, String field, CirculationProblem problem) {
        ApiClient.Response response = api.post("/api/tasks/" + taskId + "/complete", username, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("code").asText()).isEqualTo(problem.name());
    }

    private JsonNode plan(long planId) {
        return api.get("/api/plans/" + planId, "office").json();
    }

    private Map<String, String> statuses(long planId) {
        return TestDeliveries.statuses(api, planId);
    }

    private JsonNode delivery(long planId, String unit) {
        for (JsonNode delivery : api.get("/api/plans/" + planId + "/acknowledgements?size=500", "office").json().path("deliveries").path("items")) {
            if (unit.equals(delivery.path("unit").path("code").asText())) {
                return delivery;
            }
        }
        throw new AssertionError("No delivery to " + unit);
    }

    private void awaitOverdue(long planId, int expected) {
        LadderSteps.awaitUntil(() -> api.get("/api/plans/" + planId + "/acknowledgements", "office").json()
                .path("totals").path("overdue").asInt() >= expected);
    }
}
