package org.planflow.subplan;

import org.planflow.ApiClient;
import org.planflow.organization.TestDistrict;
import org.planflow.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A drafter ({@code sp-drafter-<town>}) and a department reviewer ({@code sp-reviewer-<town>}) for 城关镇 and 东关镇, who
 * write and review their town's own plans; the demo district's towns have staff only. Made once, with the demo password.
 */
public final class TownPlanners {

    static final String[] TOWNS = {"town-1", "town-2"};

    private TownPlanners() {
    }

    public static String drafter(String town) {
        return "sp-drafter-" + town;
    }

    static String reviewer(String town) {
        return "sp-reviewer-" + town;
    }

    public static void hire(ApiClient api, JdbcClient jdbc) {
        for (String town : TOWNS) {
            hire(api, jdbc, drafter(town), town, Roles.DRAFTER);
            hire(api, jdbc, reviewer(town), town, Roles.DEPT_REVIEWER);
        }
    }

    /** The town's drafter writes its text; the town's own review and leader approve it. */
    public static void approve(ApiClient api, long subPlanId, String town) {
        String title = api.get("/api/plans/" + subPlanId, drafter(town)).json().path("title").asText();
        ApiClient.Response written = api.put("/api/plans/" + subPlanId, drafter(town), "{\"title\":\"" + title
                + "\",\"sections\":[{\"outline\":\"一、\",\"level\":1,\"heading\":\"工作任务\",\"body\":\"落实到各村。\"}]}");
        org.assertj.core.api.Assertions.assertThat(written.status()).as(written.body()).isEqualTo(200);
        org.planflow.TestPlans.complete(api, drafter(town), api.taskOf(drafter(town), "DRAFT", subPlanId),
                "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        org.planflow.TestPlans.complete(api, reviewer(town), api.taskOf(reviewer(town), "DEPT_REVIEW", subPlanId), "{\"outcome\":\"pass\"}");
        org.planflow.TestPlans.complete(api, "leader", api.taskOf("leader", "LEADER_APPROVAL", subPlanId), "{\"outcome\":\"approve\"}");
    }

    private static void hire(ApiClient api, JdbcClient jdbc, String username, String unit, String role) {
        if (api.get("/api/admin/users/" + username, "admin").status() == 404) {
            TestDistrict.user(api, username, username, unit, role);
            TestDistrict.canLogInWithDemo(jdbc, username);
        }
    }
}
