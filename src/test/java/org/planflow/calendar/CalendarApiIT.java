package org.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlanFlowTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void restoreMarch() {
        api.delete("/api/calendar/days/2026-03-03", "admin");
    }

    @Test
    void adding_one_working_day_to_the_friday_before_the_spring_festival_gives_the_make_up_saturday() {
        ApiClient.Response response = api.get("/api/calendar/add-working-days?from=2026-02-13&days=1", "staff-town-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("date").asText()).isEqualTo("2026-02-14");
        assertThat(api.get("/api/calendar/add-working-days?from=2026-02-13&days=2", "staff-town-1").json().path("date").asText())
                .isEqualTo("2026-02-24");
    }

    @Test
    void working_days_between_answers_a_count() {
        ApiClient.Response response = api.get("/api/calendar/working-days-between?from=2026-02-13&to=2026-02-24", "supervisor");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("workingDays").asInt()).isEqualTo(2);
    }

    @Test
    void a_year_lists_its_exceptions_and_whether_it_is_official() {
        JsonNode year = api.get("/api/calendar/days?year=2026", "staff-town-1").json();

        assertThat(year.path("year").asInt()).isEqualTo(2026);
        assertThat(year.path("official").asBoolean()).isTrue();
        assertThat(year.path("days").get(0).path("date").asText()).isEqualTo("2026-01-01");
        assertThat(year.path("days").get(0).path("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(year.path("days").get(0).path("name").asText()).isEqualTo("元旦");
        assertThat(api.get("/api/calendar/days?year=2027", "staff-town-1").json().path("official").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/calendar/add-working-days?from=2026-02-30&days=1",
            "/api/calendar/add-working-days?from=13.02.2026&days=1",
            "/api/calendar/add-working-days?from=2026-02-13",
            "/api/calendar/add-working-days?from=2026-02-13&days=one",
            "/api/calendar/add-working-days?days=1",
            "/api/calendar/add-working-days?from=2026-02-13&days=99999999",
            "/api/calendar/working-days-between?from=2026-02-13",
            "/api/calendar/days?year=twenty",
            "/api/calendar/days?year=99999"})
    void bad_parameters_are_answered_with_400_problem_json(String path) {
        ApiClient.Response response = api.get(path, "staff-town-1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void an_administrator_sets_and_clears_a_day() {
        ApiClient.Response set = api.put("/api/calendar/days/2026-03-03", "admin", "{\"kind\":\"HOLIDAY\",\"name\":\"测试假日\"}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("name").asText()).isEqualTo("测试假日");
        assertThat(api.get("/api/calendar/add-working-days?from=2026-03-02&days=1", "staff-town-1").json().path("date").asText())
                .isEqualTo("2026-03-04");

        assertThat(api.delete("/api/calendar/days/2026-03-03", "admin").status()).isEqualTo(204);
        assertThat(api.get("/api/calendar/add-working-days?from=2026-03-02&days=1", "staff-town-1").json().path("date").asText())
                .isEqualTo("2026-03-03");
    }

    @Test
    void a_day_that_breaks_the_rules_is_refused_naming_the_field() {
        ApiClient.Response noName = api.put("/api/calendar/days/2026-03-03", "admin", "{\"kind\":\"HOLIDAY\",\"name\":\" \"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("field").asText()).isEqualTo("name");

        ApiClient.Response weekday = api.put("/api/calendar/days/2026-03-03", "admin", "{\"kind\":\"WORKDAY\"}");
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.json().path("field").asText()).isEqualTo("kind");

        ApiClient.Response unknown = api.put("/api/calendar/days/2026-03-03", "admin", "{\"kind\":\"DAYOFF\",\"name\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asText()).isEqualTo("kind");
    }

    @Test
    void only_an_administrator_changes_days() {
        ApiClient.Response response = api.put("/api/calendar/days/2026-03-03", "supervisor", "{\"kind\":\"HOLIDAY\",\"name\":\"假\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.delete("/api/calendar/days/2026-02-16", "staff-town-1").status()).isEqualTo(403);
        assertThat(api.get("/api/calendar/add-working-days?from=2026-03-02&days=1", "staff-town-1").json().path("date").asText())
                .isEqualTo("2026-03-03");
    }

    @Test
    void anonymous_callers_get_401() {
        assertThat(api.anonymousGet("/api/calendar/add-working-days?from=2026-02-13&days=1").status()).isEqualTo(401);
    }
}
