package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.shared.Outcome;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees what of a plan's drafting (docs/security.md, "Who may see what"), over HTTP: the lead department and the
 * district see every opinion, the revisions and what the reviewer and the leaders said; a consulted unit sees its own
 * opinions and that the steps happened; a unit not involved does not know the plan exists.
 */
@PlanFlowTest
class PlanVisibilityIT {

    private static final String RETURN_COMMENT = "请补充考核评分办法";

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
    }

    @Test
    void a_consulted_unit_sees_its_own_opinions_no_revisions_and_not_what_the_leader_said() {
        long planId = consultedAndReturned("意见可见性测试方案 " + System.nanoTime());

        assertThat(units(api.get("/api/plans/" + planId + "/opinions", "drafter").items())).containsOnly("fgw", "town-1").hasSize(3);
        assertThat(units(api.get("/api/plans/" + planId + "/opinions", "supervisor").items())).hasSize(3);
        assertThat(units(api.get("/api/plans/" + planId + "/opinions", "staff-fgw").items())).containsOnly("fgw").hasSize(2);
        assertThat(units(api.get("/api/plans/" + planId + "/opinions", "staff-town-1").items())).containsExactly("town-1");
        assertThat(api.get("/api/plans/" + planId + "/opinions", "admin").items()).as("not a business reader").isEmpty();

        JsonNode drafters = api.get("/api/plans/" + planId + "/timeline?size=500", "drafter").items();
        assertThat(whoDid(drafters, "OPINION_GIVEN")).containsExactlyInAnyOrder("staff-fgw", "staff-town-1");
        assertThat(row(drafters, "LEADER_DECIDED").path("comment").asText()).isEqualTo(RETURN_COMMENT);
        assertThat(row(drafters, "SUBMITTED").path("details").asText()).contains("consult=fgw,town-1");

        JsonNode consulted = api.get("/api/plans/" + planId + "/timeline?size=500", "staff-town-1").items();
        assertThat(whoDid(consulted, "OPINION_GIVEN")).containsExactly("staff-town-1");
        assertThat(row(consulted, "LEADER_DECIDED").path("outcome").asText()).isEqualTo(Outcome.RETURN.value());
        assertThat(row(consulted, "LEADER_DECIDED").path("comment").isNull()).as("what the leader said").isTrue();
        assertThat(row(consulted, "SUBMITTED").path("details").isNull()).as("who else was consulted").isTrue();
        assertThat(consulted.toString()).doesNotContain(RETURN_COMMENT, "建议补充质量基础设施建设内容");

        assertThat(api.get("/api/plans/" + planId + "/revisions", "drafter").status()).isEqualTo(200);
        assertThat(api.get("/api/plans/" + planId + "/revisions", "leader2").status()).isEqualTo(200);
        for (String path : List.of("/revisions", "/revisions/compare?from=1&to=2")) {
            ApiClient.Response refused = api.get("/api/plans/" + planId + path, "staff-fgw");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).doesNotContain("区市场监管局", "scjgj");
        }
    }

    @Test
    void a_unit_not_involved_is_told_the_plan_does_not_exist_as_for_a_plan_that_does_not() {
        long planId = TestPlans.draft(api, "无关单位测试方案 " + System.nanoTime());

        ApiClient.Response hidden = api.get("/api/plans/" + planId, "staff-town-3");
        ApiClient.Response missing = api.get("/api/plans/999999999", "staff-town-3");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.json().path("detail").asText()).isEqualTo("No plan " + planId);
        assertThat(hidden.body()).doesNotContain("区市场监管局", "scjgj");
        assertThat(api.get("/api/plans/" + planId, "supervisor").status()).isEqualTo(200);
        assertThat(api.get("/api/plans/" + planId, "admin").status()).isEqualTo(200);
    }

    /** Consulted on fgw and town-1 (fgw two opinions, town-1 one), answered, revised once, and returned by the leader. */
    private long consultedAndReturned(String title) {
        long planId = TestPlans.draft(api, title);
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "DRAFT", planId), "{\"outcome\":\"submit\",\"consultUnits\":"
                + "[\"fgw\",\"town-1\"],\"consultWorkingDays\":3,\"approvers\":[\"leader\"]}");
        TestPlans.complete(api, "reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        TestPlans.complete(api, "staff-fgw", api.taskOf("staff-fgw", "GIVE_OPINION", planId), "{\"outcome\":\"opinions\","
                + "\"opinions\":[{\"section\":\"一\",\"text\":\"建议补充质量基础设施建设内容\"},{\"text\":\"建议明确完成时限\"}]}");
        TestPlans.complete(api, "staff-town-1", api.taskOf("staff-town-1", "GIVE_OPINION", planId), "{\"outcome\":\"opinions\","
                + "\"opinions\":[{\"text\":\"建议增加乡镇经费保障\"}]}");
        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        ApiClient.Response revised = api.put("/api/plans/" + planId, "drafter", """
                {"title":"%s","revision":%d,"note":"采纳意见","sections":[{"outline":"一、","level":1,"heading":"工作目标",
                 "body":"加强质量基础设施建设。"}],"items":[]}""".formatted(plan.path("title").asText(), plan.path("revision").asInt()));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        List<String> answers = new ArrayList<>();
        api.get("/api/plans/" + planId + "/opinions", "drafter").items()
                .forEach(opinion -> answers.add("{\"opinionId\":" + opinion.path("id").asLong() + ",\"decision\":\"ADOPTED\"}"));
        TestPlans.complete(api, "drafter", api.taskOf("drafter", "CONSOLIDATE", planId),
                "{\"outcome\":\"submit\",\"answers\":[" + String.join(",", answers) + "]}");
        TestPlans.complete(api, "leader", api.taskOf("leader", "LEADER_APPROVAL", planId),
                "{\"outcome\":\"return\",\"comment\":\"" + RETURN_COMMENT + "\"}");
        return planId;
    }

    private static List<String> units(JsonNode opinions) {
        List<String> units = new ArrayList<>();
        opinions.forEach(opinion -> units.add(opinion.path("unit").path("code").asText()));
        return units;
    }

    private static List<String> whoDid(JsonNode timeline, String what) {
        List<String> who = new ArrayList<>();
        timeline.forEach(row -> {
            if (row.path("what").asText().equals(what)) {
                who.add(row.path("who").asText());
            }
        });
        return who;
    }

    private static JsonNode row(JsonNode timeline, String what) {
        for (JsonNode row : timeline) {
            if (row.path("what").asText().equals(what)) {
                return row;
            }
        }
        throw new AssertionError("No " + what + " in " + timeline);
    }
}
