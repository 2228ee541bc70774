package org.planflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderTest;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.Formats;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Where the clock may be moved (tests, demos), each move and the return to real time is in the trail. */
@LadderTest
class ClockTrailIT {

    /** Real time again after the test even if the endpoint fails it before its own DELETE. */
    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    @Test
    void moving_the_clock_and_giving_it_back_are_recorded_as_settings_with_who_and_from_where() {
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/admin/clock", "admin", "{\"now\":\"2031-03-03T09:00:00+08:00\"}").status()).isEqualTo(200);
        assertThat(api.delete("/api/admin/clock", "admin").status()).isEqualTo(200);

        JsonNode rows = api.get("/api/admin/audit?category=SETTINGS&subject=" + AnnouncementTrail.CLOCK_SUBJECT + "&size=50", "admin")
                .json().path("items");
        JsonNode move = find(rows, TrailAction.CLOCK_MOVED, "→ 2031-03-03 09:00");
        JsonNode back = find(rows, TrailAction.CLOCK_RESET, "2031-03-03 09:");
        assertThat(move.path("actor").asText()).isEqualTo("admin");
        assertThat(back.path("actor").asText()).isEqualTo("admin");
        AdministrationTrailIT.assertLoopback(move.path("clientAddress").asText());
        assertThat(back.path("details").asText()).as("from the moved time back to today")
                .matches("2031-03-03 09:0\\d → " + Formats.date(Instant.now()) + " \\d\\d:\\d\\d");
    }

    @Test
    void a_clock_move_without_a_time_and_a_path_value_of_the_wrong_kind_are_refused_with_a_code() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response missing = api.post("/api/admin/clock", "admin", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asText()).isEqualTo("now");
        assertThat(missing.json().path("code").asText()).isEqualTo(FieldValueProblem.REQUIRED.name());

        ApiClient.Response badId = api.get("/api/plans/first", "admin");
        assertThat(badId.status()).as(badId.body()).isEqualTo(400);
        assertThat(badId.json().path("field").asText()).isEqualTo("id");
        assertThat(badId.json().path("code").asText()).isEqualTo(FieldValueProblem.VALUE_INVALID.name());
        assertThat(badId.json().path("values").get(0).asText()).isEqualTo("first");
    }

    private static JsonNode find(JsonNode rows, TrailAction action, String details) {
        for (JsonNode row : rows) {
            if (action.name().equals(row.path("action").asText()) && row.path("details").asText().contains(details)) {
                return row;
            }
        }
        throw new AssertionError("No " + action + " with " + details + " in " + rows);
    }
}
