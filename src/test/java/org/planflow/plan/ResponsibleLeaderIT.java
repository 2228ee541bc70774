package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A plan's responsible leader (分管领导) is named by its drafters or an administrator; its supervised items follow. */
@PlanFlowTest
class ResponsibleLeaderIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void the_drafter_names_the_responsible_leader_before_approval_and_the_first_approver_does_not_replace_them() {
        long planId = TestPlans.draft(api, "分管领导测试方案");

        ApiClient.Response notDrafter = api.put("/api/plans/" + planId + "/responsible-leader", "reviewer", "{\"leader\":\"leader2\"}");
        assertThat(notDrafter.status()).isEqualTo(403);
        assertThat(notDrafter.contentType()).startsWith("application/problem+json");
        ApiClient.Response notLeader = api.put("/api/plans/" + planId + "/responsible-leader", "drafter", "{\"leader\":\"staff-czj\"}");
        assertThat(notLeader.status()).isEqualTo(400);
        assertThat(notLeader.json().path("field").asText()).isEqualTo(PlanFields.LEADER);

        ApiClient.Response named = api.put("/api/plans/" + planId + "/responsible-leader", "drafter", "{\"leader\":\"leader2\"}");

        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().path("responsibleLeader").asText()).isEqualTo("leader2");
        TestPlans.approve(api, planId);
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("responsibleLeader").asText())
                .as("the approving leader does not replace a named one").isEqualTo("leader2");
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "drafter").items().findValuesAsText("what"))
                .contains("RESPONSIBLE_LEADER_SET");
    }

    @Test
    void an_administrator_changes_the_leader_of_an_issued_plan_and_its_items_follow() {
        long planId = TestPlans.issued(api, """
                {"title":"分管领导变更测试方案","type":"实施方案","sections":[{"outline":"一、","level":1,"heading":"任务","body":"抓落实。"}],
                 "items":[{"indicator":"落实分管领导变更","leadUnit":{"code":"czj"},"dueDate":"2030-06-30"}]}""", "[\"town-1\"]");
        assertThat(api.get("/api/plans/" + planId, "admin").json().path("responsibleLeader").asText()).isEqualTo("leader");

        ApiClient.Response changed = api.put("/api/plans/" + planId + "/responsible-leader", "admin", "{\"leader\":\"leader2\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode items = api.get("/api/supervision/items?plan=" + planId, "supervisor").items();
        assertThat(items.findValuesAsText("responsibleLeader")).containsOnly("leader2");
    }
}
