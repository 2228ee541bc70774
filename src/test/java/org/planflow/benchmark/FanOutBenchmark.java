package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuing one plan to the city's 1,000 units through {@code POST /api/tasks/{id}/complete} (ISSUE), which returns when
 * the document is numbered and every delivery, acknowledgement process, inbox row and notice exists (one transaction):
 * to the groups 全部乡镇、街道、部门, and to a list of the same 1,000 single units.
 */
@Order(6)
class FanOutBenchmark extends OnTheCity {

    static final double TARGET_MILLIS = 3000;
    static final int ROUNDS = 3;
    static final List<String> ALL_GROUPS = List.of("ALL_TOWNSHIPS", "ALL_STREETS", "ALL_DEPARTMENTS");
    /** The 主送 line a real notice to every unit carries, which the single-unit fix of the other branch produces itself. */
    static final String ADDRESSEES = "各乡镇人民政府、街道办事处，区政府各部门";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void issuing_to_a_thousand_units() throws Exception {
        CityWork work = new CityWork(context);
        CityHttp http = new CityHttp(port);
        CityHttp.Authorization clerk = CityHttp.Authorization.basic(CityNames.clerk(1), CityNames.OWN_PASSWORD);
        List<String> units = jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type IN ('TOWNSHIP', 'STREET', 'DEPARTMENT') ORDER BY code")
                .query(String.class).list();

        // Warm-up, untimed: one issue as groups, and one to the single units with the default 主送 line, which must be accepted.
        issue(work, http, clerk, ALL_GROUPS, null, units.size());
        long planId = approved(work, "城市全覆盖方案 单位清单");
        HttpResponse<String> defaultLine = http.postAnswer("/api/tasks/" + work.onlyTask(planId, TaskKind.ISSUE) + "/complete", clerk,
                json.writeValueAsString(CityWork.issueForm(planId, units, 30, null)));
        Figures.info("fan-out", "issue to %,d single units with the default 主送 line".formatted(units.size()),
                defaultLine.statusCode() == 204 ? "accepted" : "REFUSED (%d: %s)"
                        .formatted(defaultLine.statusCode(), json.readTree(defaultLine.body()).path("detail").asText()));

        // Timed in turns, so both forms meet the same state of the machine and of the city.
        List<Double> groups = new ArrayList<>();
        List<Double> list = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            groups.add(issue(work, http, clerk, ALL_GROUPS, null, units.size()));
            list.add(issue(work, http, clerk, units, ADDRESSEES, units.size()));
        }
        figure("issue to %,d units as groups (全部乡镇、街道、部门)".formatted(units.size()), Timing.Latency.of(groups));
        figure("issue to %,d single units, 主送 line given as the fix words it".formatted(units.size()), Timing.Latency.of(list));
    }

    /** One issue is too short a sample on a machine that varies: the median of {@link #ROUNDS}, with the slowest. */
    private static void figure(String what, Timing.Latency issues) {
        Figures.add("fan-out", what + ", median of " + issues.runs(), "%.0f ms (slowest %.0f)".formatted(issues.median(), issues.max()),
                "< 3000 ms", issues.median() < TARGET_MILLIS);
    }

    private long approved(CityWork work, String title) {
        long planId = work.draft(1, title + " " + System.nanoTime(), List.of(), new Random());
        work.approve(1, planId);
        return planId;
    }

    /** The milliseconds of one ISSUE completion, checked to have delivered to every unit. */
    private double issue(CityWork work, CityHttp http, CityHttp.Authorization clerk, List<String> recipients, String addressees,
                         int expected) throws Exception {
        long planId = approved(work, "城市全覆盖方案");
        String task = work.onlyTask(planId, TaskKind.ISSUE);
        String body = json.writeValueAsString(CityWork.issueForm(planId, recipients, 30, addressees));
        double millis = Timing.once(() -> http.post("/api/tasks/" + task + "/complete", clerk, body, 204));
        Map<String, Object> counts = jdbc.sql("""
                SELECT (SELECT count(*) FROM delivery WHERE plan_id = ?) AS deliveries,
                       (SELECT count(*) FROM inbox_task WHERE plan_id = ? AND kind = 'ACKNOWLEDGE') AS tasks""")
                .params(planId, planId).query().singleRow();
        assertThat(((Number) counts.get("deliveries")).intValue()).isEqualTo(expected);
        assertThat(((Number) counts.get("tasks")).intValue()).isEqualTo(expected);
        return millis;
    }
}
