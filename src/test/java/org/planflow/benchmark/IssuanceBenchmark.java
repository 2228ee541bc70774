package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long issuing to 300 recipients takes: one ISSUE completion through the API that numbers the
 * document, creates every delivery, starts every acknowledgement process, projects every inbox row
 * and notifies every unit's staff, in one transaction. Run with {@code mvn verify -Pbenchmark}.
 */
@PlanFlowTest
class IssuanceBenchmark {

    static final int EXTRA_TOWNSHIPS = 294;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuing_to_three_hundred_recipients() {
        jdbc.sql("""
                INSERT INTO org_unit (code, name, type, sort_order)
                SELECT 'bench-town-' || n, '基准测试乡镇' || n, 'TOWNSHIP', 1000 + n FROM generate_series(1, ?) AS n
                ON CONFLICT (code) DO NOTHING""").param(EXTRA_TOWNSHIPS).update();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, unit_code, password_hash, enabled)
                SELECT 'staff-bench-town-' || n, '基准测试员' || n, 'bench-town-' || n, 'x', true FROM generate_series(1, ?) AS n
                ON CONFLICT (username) DO NOTHING""").param(EXTRA_TOWNSHIPS).update();
        jdbc.sql("""
                INSERT INTO user_role (username, role) SELECT 'staff-bench-town-' || n, 'UNIT_STAFF' FROM generate_series(1, ?) AS n
                ON CONFLICT DO NOTHING""").param(EXTRA_TOWNSHIPS).update();
        ApiClient api = new ApiClient(port);
        String body = "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\",\"recipients\":[\"ALL_TOWNSHIPS\"],\"ackWorkingDays\":5}";

        // The first issuance warms the JVM and the engine's caches; the second is measured.
        issue(api, "基准预热", body);
        long recipients = jdbc.sql("SELECT count(*) FROM org_unit WHERE type = 'TOWNSHIP'").query(Long.class).single();
        long planId = TestPlans.approved(api, "基准测试方案 " + System.nanoTime());
        String task = api.taskOf("office", "ISSUE", planId);
        long started = System.nanoTime();
        ApiClient.Response response = api.post("/api/tasks/" + task + "/complete", "office", body);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.status()).as(response.body()).isEqualTo(204);
        long deliveries = jdbc.sql("SELECT count(*) FROM delivery WHERE plan_id = ?").param(planId).query(Long.class).single();
        long inboxRows = jdbc.sql("SELECT count(*) FROM inbox_task WHERE plan_id = ? AND kind = 'ACKNOWLEDGE'")
                .param(planId).query(Long.class).single();
        assertThat(deliveries).isEqualTo(recipients).isGreaterThanOrEqualTo(300);
        assertThat(inboxRows).isEqualTo(recipients);
        System.out.printf("BENCHMARK issuance: %d recipients (deliveries, processes, inbox rows, notices) in %d ms%n",
                deliveries, millis);
    }

    private static void issue(ApiClient api, String title, String body) {
        long planId = TestPlans.approved(api, title + " " + System.nanoTime());
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), body);
    }
}
