package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.planflow.shared.Formats;
import org.planflow.shared.PlanFlowClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The default run on an empty database: the demo district's first start leaves its plans at every stage of
 * a plan's life, each waiting for the demo account whose work comes next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planflow.database.embedded.data-dir=", "planflow.demo.plans=true"})
class DemoDistrictIT {

    @LocalServerPort
    int port;
    @Autowired
    PlanFlowClock clock;

    @Test
    void one_plan_is_out_for_consultation_and_one_unit_has_answered() {
        ApiClient api = new ApiClient(port);
        JsonNode plan = plan(api, "争创质量强市先进区活动方案");

        assertThat(plan.path("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(api.taskOf("staff-jxj", "GIVE_OPINION", plan.path("id").asLong())).isNotBlank();
        JsonNode opinions = api.get("/api/plans/" + plan.path("id").asLong() + "/opinions", "drafter").items();
        assertThat(opinions.findValuesAsText("kind")).contains("OPINION");
        assertThat(opinions.toString()).contains("fgw").doesNotContain("\"jxj\"");
    }

    @Test
    void one_plan_waits_for_the_leader() {
        ApiClient api = new ApiClient(port);
        JsonNode plan = plan(api, "关于开展质量强县工作的实施意见");

        assertThat(plan.path("status").asText()).isEqualTo("IN_APPROVAL");
        assertThat(api.taskOf("leader", "LEADER_APPROVAL", plan.path("id").asLong())).isNotBlank();
    }

    @Test
    void the_baodi_plan_is_issued_with_mixed_acknowledgements() {
        ApiClient api = new ApiClient(port);
        long baodi = plan(api, "宝坻区质量兴区工作实施方案").path("id").asLong();

        List<String> statuses = api.get("/api/plans/" + baodi + "/acknowledgements?size=500", "office").json().path("deliveries").path("items")
                .findValuesAsText("status");
        // the unit that only read it is OVERDUE by now, like those that did not even open it
        assertThat(statuses).contains("ACKNOWLEDGED", "REFUSED", "OVERDUE", "PENDING");
        assertThat(api.taskOf("staff-town-1", "ACKNOWLEDGE", baodi)).isNotBlank();
        assertThat(api.taskOf("office", "REROUTE", baodi)).isNotBlank();
        assertThat(api.get("/api/plans/" + baodi + "/supervision", "supervisor").items().findValuesAsText("code"))
                .contains("fgw", "scjgj", "jxj", "zjj");
    }

    @Test
    void the_supervised_plan_has_green_yellow_and_red_items_with_reports_in_late_and_missing() {
        ApiClient api = new ApiClient(port);
        JsonNode plan = plan(api, "西宁市推进质量强市战略");
        long planId = plan.path("id").asLong();
        JsonNode items = api.get("/api/plans/" + planId + "/supervision", "supervisor").items();

        assertThat(plan.path("status").asText()).isEqualTo("ISSUED");
        assertThat(items.findValuesAsText("light")).contains("GREEN", "YELLOW", "RED");
        List<JsonNode> reports = new ArrayList<>();
        for (JsonNode item : items) {
            api.get("/api/supervision/items/" + item.path("id").asLong(), "supervisor").json().path("reports").forEach(reports::add);
        }
        assertThat(reports).anyMatch(report -> report.path("submittedAt").isTextual() && report.path("late").asBoolean());
        assertThat(reports).anyMatch(report -> report.path("review").asText().equals("ACCEPTED"));
        assertThat(reports).anyMatch(report -> report.path("submittedAt").isNull()
                && Instant.parse(report.path("due").asText()).isBefore(Instant.now()));
        assertThat(api.taskOf("staff-scjgj", "REVIEW_REPORT", planId)).as("the plan's office reviews").isNotBlank();
        assertThat(clock.isAdjusted()).isFalse();
    }

    @Test
    void an_open_supervision_notice_waits_for_the_head_of_the_silent_unit() {
        ApiClient api = new ApiClient(port);
        long planId = plan(api, "西宁市推进质量强市战略").path("id").asLong();
        JsonNode red = null;
        for (JsonNode item : api.get("/api/plans/" + planId + "/supervision", "supervisor").items()) {
            if (item.path("leadUnit").path("code").asText().equals("fgw")) {
                red = item;
            }
        }

        assertThat(red).isNotNull();
        assertThat(red.path("light").asText()).isEqualTo("RED");
        JsonNode notices = api.get("/api/supervision/items/" + red.path("id").asLong(), "supervisor").json().path("notices");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("number").asText()).startsWith("督办〔");
        assertThat(notices.get(0).path("answeredAt").isNull()).isTrue();
        assertThat(api.taskOf("staff-fgw", "ANSWER_SUPERVISION_NOTICE", planId)).isNotBlank();
    }

    @Test
    void the_quarterly_bulletin_is_circulated_and_read_by_some_member_units() {
        ApiClient api = new ApiClient(port);
        long planId = plan(api, "西宁市推进质量强市战略").path("id").asLong();
        JsonNode reviews = api.get("/api/plans/" + planId + "/quarterly-reviews", "leader").items();

        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("status").asText()).isEqualTo("CIRCULATED");
        assertThat(reviews.get(0).path("approvedBy").asText()).isEqualTo("leader");
        JsonNode readings = api.get("/api/circulation/bulletins/" + reviews.get(0).path("bulletinId").asLong(), "supervisor")
                .json().path("readings");
        List<String> unread = new ArrayList<>();
        int read = 0;
        for (JsonNode reading : readings) {
            if (reading.path("readAt").isNull()) {
                unread.add(reading.path("unit").path("code").asText());
            } else {
                read++;
            }
        }
        assertThat(read).isPositive();
        assertThat(unread).isNotEmpty();
        assertThat(api.taskOf("staff-" + unread.stream().filter(unit -> !unit.equals("it")).findFirst().orElseThrow(),
                "READ_NOTICE", planId)).isNotBlank();
    }

    @Test
    void the_supervised_plan_has_targets_one_met_and_one_behind_its_line_which_the_dashboard_counts() {
        ApiClient api = new ApiClient(port);
        long planId = plan(api, "西宁市推进质量强市战略").path("id").asLong();
        List<JsonNode> withTargets = new ArrayList<>();
        for (JsonNode item : api.get("/api/plans/" + planId + "/supervision", "supervisor").items()) {
            JsonNode detail = api.get("/api/supervision/items/" + item.path("id").asLong(), "supervisor").json();
            if (!detail.path("item").path("targets").isEmpty()) {
                withTargets.add(detail);
            }
        }

        assertThat(withTargets).hasSize(2);
        JsonNode service = withTargets.stream()
                .filter(detail -> detail.path("item").path("leadUnit").path("code").asText().equals("swj")).findFirst().orElseThrow();
        assertThat(service.path("item").path("targets").get(0).path("name").asText()).isEqualTo("服务业顾客满意度");
        assertThat(service.path("item").path("light").asText()).as("on time, but behind its line to the target").isEqualTo("YELLOW");
        assertThat(service.path("reports")).isNotEmpty().allMatch(report -> report.path("submittedAt").isNull()
                || report.path("targetValues").path("服务业顾客满意度").decimalValue().compareTo(new BigDecimal("75.5")) == 0);
        JsonNode dashboard = api.get("/api/supervision/dashboard?plan=" + planId, "supervisor").json();
        assertThat(dashboard.path("targetsMet").asLong()).isEqualTo(1);
        assertThat(dashboard.path("targetsNotMet").asLong()).isEqualTo(1);
    }

    @Test
    void the_supervised_plan_without_a_scoring_table_has_its_assessment_method() {
        ApiClient api = new ApiClient(port);
        long planId = plan(api, "西宁市推进质量强市战略").path("id").asLong();
        JsonNode table = api.get("/api/plans/" + planId + "/indicators", "supervisor").json();

        assertThat(table.path("byMethod").asBoolean()).isTrue();
        assertThat(table.path("indicators")).hasSize(8);
        assertThat(table.path("base").decimalValue()).isEqualByComparingTo("100");
        assertThat(table.path("bonus").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void the_supervised_plans_joint_meeting_is_noticed_with_its_number_and_one_receipt_still_open() {
        ApiClient api = new ApiClient(port);
        long planId = plan(api, "西宁市推进质量强市战略").path("id").asLong();
        JsonNode meetings = api.get("/api/plans/" + planId + "/meetings", "supervisor").items();

        assertThat(meetings).hasSize(1);
        JsonNode meeting = meetings.get(0);
        assertThat(meeting.path("kind").asText()).isEqualTo("JOINT");
        assertThat(LocalDate.parse(meeting.path("date").asText())).isAfter(LocalDate.ofInstant(clock.instant(), Formats.DISTRICT_ZONE));
        assertThat(meeting.path("noticeNumber").asText()).matches("会通〔\\d{4}〕\\d+号");
        assertThat(meeting.path("attendance").findValuesAsText("status"))
                .containsExactlyInAnyOrder("ATTENDING", "ATTENDING", "ATTENDING", "ATTENDING", "DECLINED", "PENDING");
        assertThat(api.taskOf("staff-kjj", "CONFIRM_ATTENDANCE", planId)).isNotBlank();
        assertThat(api.getBytes("/api/meetings/" + meeting.path("id").asLong() + "/notice.docx", "staff-kjj")).isNotEmpty();
    }

    @Test
    void last_years_assessment_of_the_yongqiao_plan_is_published_and_its_bulletin_waits_to_be_read() {
        ApiClient api = new ApiClient(port);
        JsonNode plan = plan(api, "埇桥区2022年度创建");
        long planId = plan.path("id").asLong();
        int lastYear = LocalDate.now(Formats.DISTRICT_ZONE).getYear() - 1;

        assertThat(plan.path("status").asText()).isEqualTo("ISSUED");
        JsonNode result = api.get("/api/plans/" + planId + "/assessments/" + lastYear, "leader").json();
        assertThat(result.path("status").asText()).isEqualTo("PUBLISHED");
        // 100 − 2 (质量管理基础, self) − 1 (经费保障, office) − 1 (服务质量, office); bonus 1 + 1 + 0.5
        assertThat(result.path("district").path("base").decimalValue()).isEqualByComparingTo("96");
        assertThat(result.path("district").path("bonus").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(result.path("lost").findValuesAsText("reason")).contains("质量发展专项基金未开展使用绩效评价，扣1分");
        assertThat(result.path("units")).hasSize(21);
        assertThat(api.get("/api/plans/" + planId + "/assessments/" + lastYear, "staff-scjgj").json().path("units"))
                .as("the plan's office sees every unit").hasSize(21);
        assertThat(api.get("/api/plans/" + planId + "/assessments/" + lastYear, "staff-town-2").json().path("units")).hasSize(1);
        assertThat(api.taskOf("staff-town-2", "READ_NOTICE", planId)).isNotBlank();
    }

    /** README's table of what each demo account sees on first login: every id, count and route it names holds. */
    @Test
    void readme_first_login_claims_hold() throws IOException {
        ApiClient api = new ApiClient(port);
        String readme = Files.readString(Path.of("README.md"));
        Matcher plans = Pattern.compile("- `/plan/(\\d)` (\\S+?)(?: went| passed| was|…)").matcher(readme);
        int named = 0;
        while (plans.find()) {
            named++;
            String title = api.get("/api/plans/" + plans.group(1), "supervisor").json().path("title").asText();
            assertThat(title).as("README's /plan/%s", plans.group(1)).startsWith(plans.group(2).replace("…", ""));
        }
        assertThat(named).as("the plans README names by id").isEqualTo(5);

        assertThat(readme).contains("two refused (one re-routed to 区住房建设局)");
        List<JsonNode> refused = new ArrayList<>();
        api.get("/api/plans/2/acknowledgements?size=500", "office").json().path("deliveries").path("items")
                .forEach(delivery -> {
                    if (delivery.path("status").asText().equals("REFUSED")) {
                        refused.add(delivery);
                    }
                });
        assertThat(refused).hasSize(2);
        assertThat(refused).filteredOn(delivery -> delivery.path("reroutedTo").path("code").asText().equals("zjj")).hasSize(1);
        assertThat(readme).contains("ASSIGN_LEAD_UNIT of the four `/plan/2` items still without a lead unit");
        assertThat(api.get("/api/tasks?size=200&kind=ASSIGN_LEAD_UNIT", "staff-scjgj").json().path("items"))
                .filteredOn(task -> task.path("planId").asLong() == 2).hasSize(4);
        assertThat(readme).contains("`supervisor` | nothing: the plans' office work is their office's");
        assertThat(api.get("/api/tasks?size=200", "supervisor").json().path("total").asInt()).isZero();
        for (int planId = 1; planId <= 5; planId++) {
            assertThat(api.get("/api/plans/" + planId, "supervisor").json().path("office").path("code").asText())
                    .as("README: every seed plan's office in 区市场监管局").isEqualTo("scjgj");
        }

        assertThat(readme).contains("`/supervision/items/9` the red item with its 督办单");
        JsonNode red = api.get("/api/supervision/items/9", "supervisor").json();
        assertThat(red.path("item").path("light").asText()).isEqualTo("RED");
        assertThat(red.path("notices")).hasSize(1);

        assertThat(readme).contains("its 38 rows are under supervision, accepted by their lead units",
                "as one item for each of the 21 member units: 143 items", "its 31\n  indicators");
        JsonNode items = api.get("/api/plans/5/supervision?size=200", "supervisor").json();
        assertThat(items.path("total").asInt()).isEqualTo(143);
        assertThat(items.path("items")).filteredOn(item -> item.path("parentId").isNull() || item.path("parentId").isMissingNode())
                .hasSize(38);
        assertThat(items.path("items")).allMatch(item -> !item.path("leadUnit").isMissingNode() && !item.path("leadUnit").isNull());
        assertThat(api.get("/api/plans/5/indicators", "supervisor").json().path("indicators")).hasSize(31);

        assertThat(readme).contains("`/plans/4/indicators` the 考核办法", "CONFIRM_ATTENDANCE of the `/plan/4` 联席会议",
                "targets met 1 / not met 1");
        assertThat(api.get("/api/plans/4/indicators", "supervisor").json().path("byMethod").asBoolean()).isTrue();
        assertThat(api.taskOf("staff-kjj", "CONFIRM_ATTENDANCE", 4)).isNotBlank();
        JsonNode dashboard = api.get("/api/supervision/dashboard?plan=4", "supervisor").json();
        assertThat(dashboard.path("targetsMet").asLong() + " / " + dashboard.path("targetsNotMet").asLong()).isEqualTo("1 / 1");

        for (String route : List.of("/api/assessments/1", "/api/circulation/bulletins/1", "/api/quarterly-reviews/1")) {
            assertThat(api.get(route, "supervisor").status()).as(route).isEqualTo(200);
        }
    }

    private static JsonNode plan(ApiClient api, String title) {
        JsonNode found = api.get("/api/plans?scope=ALL&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "supervisor")
                .json().path("items");
        assertThat(found).as("plans titled %s", title).hasSize(1);
        return found.get(0);
    }
}
