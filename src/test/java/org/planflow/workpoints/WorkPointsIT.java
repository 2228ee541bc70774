package org.planflow.workpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.TestPlans;
import org.planflow.plan.PlanService;
import org.planflow.shared.TaskKind;
import org.planflow.workpoints.process.WorkPointsProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A plan running 2026–2028: its office draws the 2027 work points from its items, dated within 2027, as a plan of its
 * own that is issued like any plan, its items then supervised under 2027; each later year asks for them on its first day.
 */
@LadderTest
class WorkPointsIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-12-21T09:00:00+08:00");
    }

    @Test
    void the_office_draws_a_years_work_points_which_are_issued_and_supervised_under_that_year() {
        long planId = TestPlans.issued(api, """
                {"title":"质量提升三年行动方案 %d","period":{"start":"2026-01-01","end":"2028-12-31"},"office":{"code":"scjgj"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"dueDate":"2028-06-30",
                           "milestones":[{"text":"完成主体工程","due":"2027-06-30"},{"text":"投入使用","due":"2028-03-31"}],
                           "targets":[{"name":"检测能力","unit":"项","direction":"GE","value":80,"year":2027},
                                      {"name":"检测能力","unit":"项","direction":"GE","value":120,"year":2028}]},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");
        JsonNode years = api.get("/api/plans/" + planId + "/work-points", "drafter").json();
        assertThat(years.path("total").asInt()).isEqualTo(3);
        assertThat(years.path("items")).extracting(year -> year.path("year").asInt() + ":" + year.path("planId").isNull())
                .containsExactly("2026:true", "2027:true", "2028:true");

        ApiClient.Response notTheirs = draw(planId, "staff-jxj", "{\"year\":2027,\"items\":[{\"seq\":1}]}");
        assertThat(notTheirs.status()).isEqualTo(403);
        ApiClient.Response outside = draw(planId, "drafter", "{\"year\":2030,\"items\":[{\"seq\":1}]}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("code").asText()).isEqualTo("YEAR_OUTSIDE_PERIOD");
        assertThat(outside.json().path("field").asText()).isEqualTo("year");
        ApiClient.Response lateDue = draw(planId, "drafter", "{\"year\":2027,\"items\":[{\"seq\":1,\"dueDate\":\"2028-01-31\"}]}");
        assertThat(lateDue.status()).isEqualTo(400);
        assertThat(lateDue.json().path("code").asText()).isEqualTo("DUE_OUTSIDE_YEAR");
        assertThat(lateDue.json().path("field").asText()).isEqualTo("items[0].dueDate");
        ApiClient.Response none = draw(planId, "drafter", "{\"year\":2027,\"items\":[]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("code").asText()).isEqualTo("ITEMS_REQUIRED");

        ApiClient.Response drawn = draw(planId, "drafter",
                "{\"year\":2027,\"items\":[{\"seq\":2},{\"seq\":1,\"dueDate\":\"2027-09-30\"}]}");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        JsonNode points = drawn.json();
        assertThat(points.path("title").asText()).endsWith("2027年工作要点");
        assertThat(points.path("type").asText()).isEqualTo(WorkPointsService.TYPE);
        assertThat(points.path("period").path("start").asText()).isEqualTo("2027-01-01");
        assertThat(points.path("period").path("end").asText()).isEqualTo("2027-12-31");
        assertThat(points.path("office").path("code").asText()).isEqualTo("scjgj");
        assertThat(points.path("items")).extracting(item -> item.path("indicator").asText() + " " + item.path("dueDate").asText())
                .containsExactly("建设计量检测中心 2027-09-30", "开展质量提升行动 2027-12-31");
        JsonNode centre = points.path("items").get(0);
        assertThat(centre.path("milestones")).extracting(m -> m.path("due").asText()).containsExactly("2027-06-30");
        assertThat(centre.path("targets")).extracting(t -> t.path("value").asInt()).containsExactly(80);

        ApiClient.Response again = draw(planId, "drafter", "{\"year\":2027,\"items\":[{\"seq\":1}]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("ALREADY_DRAWN");
        long pointsId = points.path("id").asLong();
        assertThat(api.get("/api/plans/" + planId + "/work-points", "drafter").items().get(1).path("planId").asLong())
                .isEqualTo(pointsId);

        TestPlans.issue(api, pointsId, "[\"scjgj\",\"jxj\"]");
        JsonNode supervised = api.get("/api/plans/" + pointsId + "/supervision?size=50", "supervisor").items();
        assertThat(supervised).extracting(item -> item.path("indicator").asText() + " " + item.path("dueDate").asText())
                .containsExactlyInAnyOrder("建设计量检测中心 2027-09-30", "开展质量提升行动 2027-12-31");
    }

    @Test
    void each_later_year_asks_the_office_drafters_for_its_work_points_on_its_first_day_and_drawing_them_answers() {
        long planId = TestPlans.issued(api, """
                {"title":"质量提升三年行动计划 %d","period":{"start":"2026-01-01","end":"2028-12-31"},"office":{"code":"scjgj"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"}},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");
        assertThat(drawTasks("drafter")).as("no task before the year begins").doesNotContain(planId);

        clock.moveTo("2027-01-04T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> drawTasks("drafter").contains(planId));
        assertThat(drawTasks("staff-jxj")).as("only the drafters of the office and lead unit").doesNotContain(planId);
        String task = api.taskOf("drafter", TaskKind.DRAW_WORK_POINTS.name(), planId);
        ApiClient.Response late = api.post("/api/tasks/" + task + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"items\":[{\"seq\":1,\"dueDate\":\"2028-03-31\"}]}");
        assertThat(late.status()).as(late.body()).isEqualTo(400);
        assertThat(late.json().path("code").asText()).isEqualTo(WorkPointsProblem.DUE_OUTSIDE_YEAR.name());
        assertThat(late.json().path("field").asText()).isEqualTo("items[0].dueDate");
        ApiClient.Response shapeless = api.post("/api/tasks/" + task + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"items\":[1,2]}");
        assertThat(shapeless.status()).as(shapeless.body()).isEqualTo(400);
        assertThat(shapeless.json().path("code").asText()).isEqualTo("OBJECTS_EXPECTED");
        assertThat(drawTasks("drafter")).as("a refusal keeps the task open").contains(planId);

        TestPlans.complete(api, "drafter", task, "{\"outcome\":\"submit\",\"items\":[{\"seq\":2,\"dueDate\":\"2027-10-31\"}]}");
        JsonNode year2027 = api.get("/api/plans/" + planId + "/work-points", "drafter").items().get(1);
        assertThat(year2027.path("year").asInt()).isEqualTo(2027);
        JsonNode drawn = api.get("/api/plans/" + year2027.path("planId").asLong(), "drafter").json();
        assertThat(drawn.path("items")).extracting(item -> item.path("indicator").asText() + " " + item.path("dueDate").asText())
                .containsExactly("开展质量提升行动 2027-10-31");
        assertThat(drawTasks("drafter")).doesNotContain(planId);

        clock.moveTo("2028-01-03T09:00:00+08:00");
        LadderSteps.awaitUntil(() -> drawTasks("drafter").contains(planId));
        ApiClient.Response fromTheTab = draw(planId, "drafter", "{\"year\":2028,\"items\":[{\"seq\":1}]}");
        assertThat(fromTheTab.status()).as(fromTheTab.body()).isEqualTo(201);
        assertThat(fromTheTab.json().path("title").asText()).endsWith("2028年工作要点");
        assertThat(drawTasks("drafter")).as("drawing from the tab answers the year's task").doesNotContain(planId);
        assertThat(api.get("/api/plans/" + planId + "/work-points", "drafter").items())
                .extracting(year -> year.path("year").asInt() + ":" + year.path("planId").isNull())
                .containsExactly("2026:true", "2027:false", "2028:false");
    }

    @Test
    void a_year_drawn_before_it_begins_asks_nobody_at_its_start() {
        long planId = TestPlans.issued(api, """
                {"title":"两年行动方案 %d","period":{"start":"2027-01-01","end":"2028-12-31"},"office":{"code":"scjgj"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\"]");
        assertThat(draw(planId, "drafter", "{\"year\":2027,\"items\":[{\"seq\":1}]}").status()).isEqualTo(201);

        clock.moveTo("2027-01-04T09:00:00+08:00");
        String instance = jdbc.sql("SELECT id_ FROM act_hi_procinst WHERE proc_def_key_ = ? AND business_key_ = ?")
                .params(WorkPointsProcess.KEY, PlanService.businessKey(planId)).query(String.class).single();
        LadderSteps.awaitUntil(() -> jdbc.sql("SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = ?")
                .params(instance, WorkPointsProcess.TASK_ADVANCE_YEAR).query(Integer.class).single() > 0);
        assertThat(jdbc.sql("SELECT count(*) FROM act_hi_actinst WHERE proc_inst_id_ = ? AND act_id_ = ?")
                .params(instance, WorkPointsProcess.TASK_DRAW_WORK_POINTS).query(Integer.class).single()).isZero();
        assertThat(drawTasks("drafter")).doesNotContain(planId);
    }

    private java.util.List<Long> drawTasks(String user) {
        return api.get("/api/tasks?size=200&kind=" + TaskKind.DRAW_WORK_POINTS.name(), user).items().findValues("planId").stream()
                .map(JsonNode::asLong).toList();
    }

    @Test
    void a_plan_not_yet_issued_has_no_work_points_to_draw() {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"未印发的三年方案","period":{"start":"2026-01-01","end":"2028-12-31"},
                 "items":[{"indicator":"开展质量提升行动","leadUnit":{"code":"scjgj"}}]}""");
        long planId = created.json().path("id").asLong();
        assertThat(api.get("/api/plans/" + planId + "/work-points", "drafter").json().path("total").asInt()).isZero();
        ApiClient.Response early = draw(planId, "drafter", "{\"year\":2027,\"items\":[{\"seq\":1}]}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("code").asText()).isEqualTo("NOT_ISSUED");
    }

    private ApiClient.Response draw(long planId, String user, String body) {
        return api.post("/api/plans/" + planId + "/work-points", user, body);
    }
}
