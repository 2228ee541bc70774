package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What authenticating with an API token costs: 1,000 calls of {@code GET /api/me} with a bearer token against 1,000 of
 * the anonymous {@code GET /actuator/health}, one after another from one client, after a warm-up. The difference is
 * the token's lookup, the account's state and the caller's own query. Run with {@code mvn verify -Pbenchmark}.
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

        long[] health = time(() -> api.anonymousGet("/actuator/health"));
        long[] withToken = time(() -> api.sendWithToken("GET", "/api/me", token, null));

        System.out.printf("BENCHMARK api token: %d calls each; GET /api/me with a token median %.2f ms, p95 %.2f ms; "
                        + "GET /actuator/health median %.2f ms, p95 %.2f ms%n",
                CALLS, millis(withToken, 50), millis(withToken, 95), millis(health, 50), millis(health, 95));
        assertThat(millis(withToken, 95)).as("p95 of a token call, ms").isLessThan(20);
    }

    /** The sorted durations in nanoseconds of {@link #CALLS} calls, each checked to answer 200. */
    private static long[] time(Supplier<ApiClient.Response> call) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(call.get().status()).isEqualTo(200);
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            ApiClient.Response response = call.get();
            nanos[i] = System.nanoTime() - started;
            assertThat(response.status()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double millis(long[] sortedNanos, int percentile) {
        return sortedNanos[Math.min(sortedNanos.length - 1, sortedNanos.length * percentile / 100)] / 1_000_000.0;
    }
}
