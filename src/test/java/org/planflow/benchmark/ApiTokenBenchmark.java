package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What authenticating with an API token costs: 1,000 calls of {@code GET /api/me} with a bearer token and 1,000 of the
 * anonymous {@code GET /actuator/health}, taken in turn from one client after a warm-up, so both meet the same load of
 * a shared machine. What the token call costs beyond the health check is the token's lookup, the account's state and
 * the caller's own query. Run with {@code mvn verify -Pbenchmark}.
 */
@PlanFlowTest
class ApiTokenBenchmark {

    private static final int CALLS = 1000;
    private static final int WARM_UP = 200;
    private static final String NAME = "基准令牌";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void revoke() {
        jdbc.sql("DELETE FROM api_token WHERE name = ?").param(NAME).update();
    }

    @Test
    void a_token_authenticated_call_against_the_health_check() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response issued = api.post("/api/admin/api-tokens", "admin",
                "{\"username\":\"staff-town-1\",\"name\":\"" + NAME + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().path("token").asText();

        Supplier<ApiClient.Response> health = () -> api.anonymousGet("/actuator/health");
        Supplier<ApiClient.Response> withToken = () -> api.sendWithToken("GET", "/api/me", token, null);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(health.get().status()).isEqualTo(200);
            assertThat(withToken.get().status()).isEqualTo(200);
        }
        long[] healthNanos = new long[CALLS];
        long[] tokenNanos = new long[CALLS];
        long[] beyond = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            healthNanos[i] = time(health);
            tokenNanos[i] = time(withToken);
            beyond[i] = tokenNanos[i] - healthNanos[i];
        }
        Arrays.sort(healthNanos);
        Arrays.sort(tokenNanos);
        Arrays.sort(beyond);

        // The figures only: on a shared machine the tails follow its load, which the load average printed tells.
        System.out.printf("BENCHMARK api token: %d calls each, in turn; GET /api/me with a token median %.2f ms, p95 %.2f ms; "
                        + "GET /actuator/health median %.2f ms, p95 %.2f ms; the token call beyond the health call before it "
                        + "median %.2f ms, p95 %.2f ms; load average %.1f on %d cores%n",
                CALLS, millis(tokenNanos, 50), millis(tokenNanos, 95), millis(healthNanos, 50), millis(healthNanos, 95),
                millis(beyond, 50), millis(beyond, 95), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static long time(Supplier<ApiClient.Response> call) {
        long started = System.nanoTime();
        ApiClient.Response response = call.get();
        long nanos = System.nanoTime() - started;
        assertThat(response.status()).isEqualTo(200);
        return nanos;
    }

    private static double millis(long[] sortedNanos, int percentile) {
        return sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percentile / 100)] / 1_000_000.0;
    }
}
