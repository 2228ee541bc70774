package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a supervision office opens many times a day, over the whole city and for one unit or plan, through the API as a
 * SUPERVISOR: the overdue list, the dashboard and the ledger export (工作台账).
 */
@Order(3)
class SupervisionListsBenchmark extends OnTheCity {

    static final double LIST_TARGET = 500;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void overdue_list_dashboard_and_ledger() {
        CityHttp http = new CityHttp(port);
        CityHttp.Authorization supervisor = CityHttp.Authorization.basic(CityProbes.SUPERVISOR, CityNames.OWN_PASSWORD);
        String unit = jdbc.sql("SELECT unit_code FROM inbox_task WHERE due < now() AND unit_code ~ '^c[0-9]{2}-' GROUP BY unit_code "
                + "ORDER BY count(*) DESC LIMIT 1").query(String.class).single();
        long plan = jdbc.sql("SELECT plan_id FROM supervised_item GROUP BY plan_id ORDER BY count(*) DESC LIMIT 1").query(Long.class).single();

        long rows = http.json("/api/supervision/overdue", supervisor).path("total").asLong();
        byte[] first = http.get("/api/supervision/overdue", supervisor);
        Figures.median("lists", "GET /api/supervision/overdue first page, whole city (%,d rows in all; page %,d KB)"
                .formatted(rows, first.length / 1024), Timing.of(2, 10, () -> http.get("/api/supervision/overdue", supervisor)), LIST_TARGET);
        String lastPage = "/api/supervision/overdue?size=500&page=" + Math.max(0, (rows - 1) / 500);
        Figures.median("lists", "GET /api/supervision/overdue last page of 500, whole city",
                Timing.of(2, 10, () -> http.get(lastPage, supervisor)), LIST_TARGET);
        long unitRows = http.json("/api/supervision/overdue?unit=" + unit, supervisor).path("total").asLong();
        Figures.median("lists", "GET /api/supervision/overdue?unit=%s first page (%d rows in all)".formatted(unit, unitRows),
                Timing.of(2, 10, () -> http.get("/api/supervision/overdue?unit=" + unit, supervisor)), LIST_TARGET);

        assertThat(http.json("/api/supervision/dashboard", supervisor).path("lights").size()).isPositive();
        Figures.median("lists", "GET /api/supervision/dashboard, whole city",
                Timing.of(2, 10, () -> http.get("/api/supervision/dashboard", supervisor)), LIST_TARGET);
        Figures.median("lists", "GET /api/supervision/dashboard?plan=" + plan,
                Timing.of(2, 10, () -> http.get("/api/supervision/dashboard?plan=" + plan, supervisor)), LIST_TARGET);

        byte[] ledger = http.get("/api/supervision/ledger.xlsx", supervisor);
        Figures.info("lists", "GET /api/supervision/ledger.xlsx, whole city (%,d KB)".formatted(ledger.length / 1024),
                Timing.of(1, 5, () -> http.get("/api/supervision/ledger.xlsx", supervisor)).toString());
        Figures.info("lists", "GET /api/supervision/ledger.xlsx?unit=" + unit,
                Timing.of(1, 10, () -> http.get("/api/supervision/ledger.xlsx?unit=" + unit, supervisor)).toString());
    }
}
