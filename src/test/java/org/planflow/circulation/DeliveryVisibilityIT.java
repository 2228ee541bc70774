package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each delivery of an issued plan is its recipient unit's, the lead department's and the district's
 * (docs/security.md, "Who may see what"): in 签收情况 and on the plan's timeline alike.
 */
@PlanFlowTest
class DeliveryVisibilityIT {

    @LocalServerPort
    int port;

    @Test
    void a_recipient_sees_the_totals_and_its_own_delivery_but_not_another_units_refusal() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.approved(api, "签收可见性测试方案 " + System.nanoTime());
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), "{\"outcome\":\"issue\",\"prefix\":\"区政办发\","
                + "\"form\":\"印发\",\"recipients\":[\"town-1\",\"town-2\"],\"ackWorkingDays\":3}");
        assertThat(api.get("/api/plans/" + planId, "staff-town-1").status()).isEqualTo(200);
        TestPlans.complete(api, "staff-town-2", api.taskOf("staff-town-2", "ACKNOWLEDGE", planId),
                "{\"outcome\":\"refuse\",\"reason\":\"本镇不承担此项工作\"}");

        JsonNode own = api.get("/api/plans/" + planId + "/acknowledgements", "staff-town-1").json();
        assertThat(own.path("totals").path("total").asInt()).isEqualTo(2);
        assertThat(own.path("totals").path("refused").asInt()).isEqualTo(1);
        assertThat(own.path("deliveries").findValuesAsText("code")).containsExactly("town-1");
        for (String tracker : List.of("office", "drafter", "supervisor")) {
            assertThat(api.get("/api/plans/" + planId + "/acknowledgements", tracker).json().path("deliveries").path("items")
                    .findValuesAsText("status")).as(tracker).containsExactlyInAnyOrder("READ", "REFUSED");
        }

        JsonNode town1 = api.get("/api/plans/" + planId + "/timeline?size=500", "staff-town-1").items();
        assertThat(actions(town1)).contains("ISSUED", "DELIVERY_READ").doesNotContain("REFUSED");
        assertThat(town1.toString()).doesNotContain("本镇不承担此项工作");
        JsonNode town2 = api.get("/api/plans/" + planId + "/timeline?size=500", "staff-town-2").items();
        assertThat(actions(town2)).contains("ISSUED", "REFUSED").doesNotContain("DELIVERY_READ");
        assertThat(actions(api.get("/api/plans/" + planId + "/timeline?size=500", "office").items())).contains("DELIVERY_READ", "REFUSED");
    }

    private static List<String> actions(JsonNode timeline) {
        List<String> actions = new ArrayList<>();
        timeline.forEach(row -> actions.add(row.path("what").asText()));
        return actions;
    }
}
