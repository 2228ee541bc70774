package org.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.shared.UploadProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class CalendarImportIT {

    private static final String GOOD_2027 = """
            date,kind,name
            2027-01-01,HOLIDAY,元旦
            2027-02-06,WORKDAY,春节调休上班
            2027-02-08,HOLIDAY,春节
            2027-02-09,HOLIDAY,春节
            """;

    @LocalServerPort
    int port;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Other test classes share this database and expect 2027 to have no arrangement. */
    @AfterEach
    void forget2027() {
        jdbc.sql("DELETE FROM calendar_day WHERE day >= '2027-01-01' AND day < '2028-01-01'").update();
        jdbc.sql("DELETE FROM calendar_year WHERE year = 2027").update();
        calendar.evictCache();
    }

    @Test
    void a_file_with_bad_lines_is_refused_naming_each_line_and_nothing_is_applied() {
        String csv = """
                date,kind,name
                2027-01-01,HOLIDAY,元旦
                2027-02-30,HOLIDAY,春节
                2027-02-08,DAYOFF,春节
                2027-03-03,WORKDAY,调休
                2027-04-05,HOLIDAY,
                2027-01-01,HOLIDAY,元旦
                2027-05-01,HOLIDAY
                2027-02-06,WORKDAY,春节调休上班
                """;

        ApiClient.Response response = api.postFile("/api/calendar/import", "admin", "file", "2027.csv", utf8(csv));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(problem.path("code").asText()).isEqualTo(UploadProblem.FILE_REFUSED.name());
        assertThat(problem.path("values").get(0).asText()).as("the number of refused lines").isEqualTo("6");
        assertThat(problem.path("errors").findValuesAsText("line")).containsExactly("3", "4", "5", "6", "7", "8");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("2027-02-30");
        assertThat(problem.path("errors").get(1).path("reason").asText()).contains("DAYOFF");
        assertThat(problem.path("errors").get(2).path("reason").asText()).contains("Saturday or Sunday");
        assertThat(problem.path("errors").get(3).path("reason").asText()).contains("needs a name");
        assertThat(problem.path("errors").get(4).path("reason").asText()).contains("line 2");
        assertThat(problem.path("errors").get(5).path("reason").asText()).contains("3 columns");
        assertThat(problem.path("detail").asText())
                .contains("nothing was imported", "line 3:", "line 4:", "line 5:", "line 6:", "line 7:", "line 8:");

        assertThat(calendar.days(2027)).isEmpty();
        assertThat(calendar.hasOfficialData(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void a_good_file_replaces_its_year_and_marks_it_official() {
        calendar.days(2027);

        ApiClient.Response response = api.postFile("/api/calendar/import", "admin", "file", "2027.csv", utf8(GOOD_2027));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("years").get(0).asInt()).isEqualTo(2027);
        assertThat(response.json().path("days").asInt()).isEqualTo(4);
        assertThat(calendar.hasOfficialData(2027)).as("the cached 'no data' is gone at once").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
        assertThat(jdbc.sql("SELECT source FROM calendar_year WHERE year = 2027").query(String.class).single()).contains("admin");

        String smaller = "\uFEFFdate,kind,name\r\n2027-01-01,HOLIDAY,元旦\r\n";
        assertThat(api.postFile("/api/calendar/import", "admin", "file", "2027.csv", utf8(smaller)).status()).isEqualTo(200);
        assertThat(calendar.days(2027)).as("the year is replaced, not merged")
                .containsExactly(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"));
    }

    @Test
    void only_an_administrator_may_import() {
        ApiClient.Response response = api.postFile("/api/calendar/import", "staff-town-1", "file", "2027.csv", utf8(GOOD_2027));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(calendar.hasOfficialData(2027)).isFalse();
    }

    @Test
    void a_file_saved_in_gbk_is_refused_rather_than_imported_garbled() {
        byte[] gbk = GOOD_2027.getBytes(Charset.forName("GBK"));

        ApiClient.Response response = api.postFile("/api/calendar/import", "admin", "file", "2027.csv", gbk);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText()).contains("UTF-8");
        assertThat(calendar.hasOfficialData(2027)).isFalse();
    }

    @Test
    void a_file_without_the_header_is_refused() {
        ApiClient.Response response = api.postFile("/api/calendar/import", "admin", "file", "2027.csv",
                utf8("2027-01-01,HOLIDAY,元旦\n"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("line").asInt()).isEqualTo(1);
    }

    @Test
    void quoted_names_may_hold_commas() {
        String csv = "date,kind,name\n2027-10-01,HOLIDAY,\"国庆节,中秋节\"\n";

        assertThat(api.postFile("/api/calendar/import", "admin", "file", "2027.csv", utf8(csv)).status()).isEqualTo(200);
        assertThat(calendar.days(2027)).extracting(CalendarDay::name).containsExactly("国庆节,中秋节");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
