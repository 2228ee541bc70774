package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo district's first start leaves an issued plan with every kind of answer. */
@PlanFlowTest
class DemoCirculationIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoCirculation demo;

    @Test
    void the_demo_leaves_a_plan_issued_with_mixed_answers() {
        ApiClient api = new ApiClient(port);
        long issued = TestPlans.draft(api, "演示签收方案 " + System.nanoTime());

        demo.stage(issued);

        Map<String, String> statuses = TestDeliveries.statuses(api, issued);
        assertThat(statuses).containsEntry("town-2", "ACKNOWLEDGED").containsEntry("town-4", "ACKNOWLEDGED")
                .containsEntry("street-1", "ACKNOWLEDGED").containsEntry("street-2", "ACKNOWLEDGED")
                .containsEntry("town-3", "READ").containsEntry("town-6", "REFUSED").containsEntry("street-3", "REFUSED")
                .containsEntry("zjj", "PENDING").containsEntry("town-1", "PENDING");
        assertThat(api.get("/api/plans/" + issued, "office").json().path("docNumber").asText()).startsWith("区政办发〔");
        assertThat(api.taskOf("staff-town-1", "ACKNOWLEDGE", issued)).isNotBlank();
        assertThat(api.taskOf("office", "REROUTE", issued)).isNotBlank();
    }
}
