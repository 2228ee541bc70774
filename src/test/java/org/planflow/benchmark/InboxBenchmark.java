package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.planflow.circulation.DeliveryService;
import org.planflow.inbox.InboxService;
import org.planflow.security.ApiTokenService;
import org.planflow.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox of the whole city: the first page of {@code GET /api/tasks} and of the inbox view's own query (the grid's
 * first fetch with its count) for a unit's staff, a LEADER and a SUPERVISOR; the 已办 and 待阅 tabs; and what one
 * authenticated call costs beside {@code /actuator/health}.
 */
@Order(2)
class InboxBenchmark extends OnTheCity {

    static final double INBOX_P95 = 50;
    static final double TOKEN_P95 = 20;
    private static final String TOKEN_NAME = "基准令牌";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InboxService inbox;
    @Autowired
    DeliveryService deliveries;
    @Autowired
    ApiTokenService tokens;

    @Test
    void first_pages_of_the_inbox_and_its_tabs() {
        CityHttp http = new CityHttp(port);
        CityProbes probes = new CityProbes(context);
        String busiest = busiestClerk();
        for (String username : new String[] {CityProbes.STAFF, busiest, CityProbes.LEADER, CityProbes.SUPERVISOR}) {
            CityHttp.Authorization basic = CityHttp.Authorization.basic(username, CityNames.OWN_PASSWORD);
            long open = probes.as(username, () -> inbox.count(null));
            Figures.p95("inbox", "GET /api/tasks first page, " + username + " (" + open + " open)",
                    Timing.of(() -> nonEmpty(http.items("/api/tasks?page=0&size=20", basic).size())), INBOX_P95);
            Figures.p95("inbox", "inbox view query (fetch 0-50 + count), " + username,
                    Timing.of(() -> probes.as(username, () -> inbox.fetch(null, 0, 50).size() + inbox.count(null))), INBOX_P95);
        }
        CityHttp.Authorization clerk = CityHttp.Authorization.basic(busiest, CityNames.OWN_PASSWORD);
        long done = probes.as(busiest, () -> inbox.countDone());
        Figures.p95("inbox", "已办 GET /api/tasks?scope=done first page, " + busiest + " (" + done + " done)",
                Timing.of(() -> http.items("/api/tasks?scope=done&page=0&size=20", clerk)), INBOX_P95);
        long toRead = probes.as(busiest, () -> deliveries.ofMyUnit(false, PageRequest.first(1)).total());
        Figures.p95("inbox", "待阅 GET /api/circulation/deliveries first page, " + busiest + " (" + toRead + " to read)",
                Timing.of(() -> http.items("/api/circulation/deliveries?scope=to-read&page=0&size=20", clerk)), INBOX_P95);

        // What authenticating costs: HTTP Basic checks bcrypt on every call, a token is one indexed lookup. The demo
        // accounts keep the production cost (10), the city's were hashed at cost 4 (decision 038). The health check and
        // the token call are timed in the same run, so both meet the same load of the machine.
        String token = probes.as(CityProbes.ADMIN, () -> tokens.issue(busiest, TOKEN_NAME)).token();
        try {
            CityHttp.Authorization bearer = CityHttp.Authorization.bearer(token);
            Figures.info("auth", "GET /actuator/health (no authentication)",
                    Timing.of(50, 1000, () -> http.get("/actuator/health", null)).toString());
            Figures.p95("auth", "GET /api/me with an API token (" + busiest + ")",
                    Timing.of(50, 1000, () -> http.get("/api/me", bearer)), TOKEN_P95);
            Figures.p95("auth", "GET /api/tasks first page with an API token (" + busiest + ")",
                    Timing.of(() -> nonEmpty(http.items("/api/tasks?page=0&size=20", bearer).size())), INBOX_P95);
        } finally {
            jdbc.sql("DELETE FROM api_token WHERE name = ?").param(TOKEN_NAME).update();
        }
        Figures.info("auth", "GET /api/me, HTTP Basic, bcrypt cost 10 (demo account office)",
                Timing.of(() -> http.get("/api/me", CityHttp.Authorization.basic("office", "demo"))).toString());
        Figures.info("auth", "GET /api/me, HTTP Basic, bcrypt cost 4 (city account)",
                Timing.of(() -> http.get("/api/me", clerk)).toString());
    }

    /** The clerk of the unit with the most open tasks: the worst inbox a unit's staff has. */
    private String busiestClerk() {
        String unit = jdbc.sql("SELECT unit_code FROM inbox_task WHERE unit_code ~ '^c[0-9]{2}-' GROUP BY unit_code ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        return unit + "-2";
    }

    private static int nonEmpty(int size) {
        assertThat(size).as("a first page with tasks").isPositive();
        return size;
    }
}
