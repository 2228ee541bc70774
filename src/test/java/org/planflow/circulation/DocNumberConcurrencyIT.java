package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.Races;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Document numbers stay consecutive and distinct when clerks issue at the same moment through the API
 * (two nodes doing the same: {@code TwoNodesIT}).
 */
@PlanFlowTest
class DocNumberConcurrencyIT {

    static final int PLANS = 6;

    @LocalServerPort
    int port;

    @Test
    void clerks_issuing_at_once_through_the_api_get_consecutive_distinct_numbers() throws Exception {
        ApiClient api = new ApiClient(port);
        List<Callable<String>> issues = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            long planId = TestPlans.approved(api, "并发文号 " + i + " " + System.nanoTime());
            String task = api.taskOf("office", "ISSUE", planId);
            issues.add(() -> {
                ApiClient.Response response = api.post("/api/tasks/" + task + "/complete", "office",
                        "{\"outcome\":\"issue\",\"prefix\":\"区政办\",\"form\":\"印发\",\"recipients\":[\"town-1\"],\"ackWorkingDays\":5}");
                assertThat(response.status()).as(response.body()).isEqualTo(204);
                return api.get("/api/plans/" + planId, "office").json().path("docNumber").asText();
            });
        }
        TestPlans.assertConsecutive(Races.atOnce(issues), "区政办");
    }
}
