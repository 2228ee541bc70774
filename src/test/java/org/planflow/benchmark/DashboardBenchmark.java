package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the supervision dashboard takes with 5,000 items, each with reports and light changes, over
 * the whole district through the API. Run with {@code mvn verify -Pbenchmark}.
 */
@PlanFlowTest
class DashboardBenchmark {

    static final int ITEMS = 5000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_dashboard_over_five_thousand_items() {
        jdbc.sql("""
                INSERT INTO supervised_item (title, source, lead_unit, coop_units, due_date, cadence, report_working_days, status,
                                             light, overdue, created_by, created)
                SELECT '基准督办事项' || n, 'MEETING_DECISION',
                       (ARRAY['scjgj','fgw','czj','nyncj','jxj','zjj','sthj','swj','whlyj','kjj','tjj','town-1','town-2','street-1'])[1 + n % 14],
                       ARRAY['fgw']::varchar[], DATE '2026-12-31' - (n % 300), 'QUARTERLY', 5,
                       (ARRAY['ASSIGNED','IN_PROGRESS','IN_PROGRESS','DONE_PENDING','CLOSED'])[1 + n % 5],
                       (ARRAY['GREEN','GREEN','YELLOW','RED'])[1 + n % 4], n % 4 = 3, 'supervisor', now() - interval '300 days'
                  FROM generate_series(1, ?) AS n""").param(ITEMS).update();
        jdbc.sql("""
                INSERT INTO progress_report (item_id, period, period_end, due, submitted_by, submitted_at, percent, status, late)
                SELECT i.id, q.period, q.period_end, q.period_end + interval '7 days',
                       CASE WHEN i.id % 3 = 0 THEN NULL ELSE 'staff-fgw' END,
                       CASE WHEN i.id % 3 = 0 THEN NULL ELSE q.period_end + interval '5 days' END, 50, 'ON_TRACK', i.id % 7 = 0
                  FROM supervised_item i
                  CROSS JOIN (VALUES ('2026-Q1', DATE '2026-03-31'), ('2026-Q2', DATE '2026-06-30'), ('2026-Q3', DATE '2026-09-30'))
                       AS q(period, period_end)
                 WHERE i.title LIKE '基准督办事项%'
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO item_light_change (item_id, light, at)
                SELECT i.id, l.light, now() - (l.days || ' days')::interval
                  FROM supervised_item i
                  CROSS JOIN (VALUES ('GREEN', 300), ('RED', 200), ('YELLOW', 100)) AS l(light, days)
                 WHERE i.title LIKE '基准督办事项%'""").update();
        jdbc.sql("ANALYZE").update();

        ApiClient api = new ApiClient(port);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            ApiClient.Response response = api.get("/api/supervision/dashboard", "supervisor");
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("lights").path("RED").asLong()).isGreaterThanOrEqualTo(ITEMS / 4);
        }
        List<Long> sorted = new ArrayList<>(millis.subList(2, millis.size()));
        Collections.sort(sorted);
        System.out.printf("BENCHMARK dashboard: %d items, median %d ms, worst %d ms (after 2 warm-up calls: %s)%n",
                ITEMS, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), millis);
    }
}
