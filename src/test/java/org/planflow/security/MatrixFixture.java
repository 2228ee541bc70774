package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.planflow.ApiClient;
import org.planflow.TestPlans;
import org.planflow.shared.Formats;

/**
 * The world the access matrix is walked in, made through the API as the district's people make it: a plan
 * of 区市场监管局 consulted with 区发展改革委, approved by {@code leader}, issued to 夹沟镇 (town-1), its first item
 * led by 区住房建设局 (zjj) with 区财政局 (czj) cooperating and reported with problems and evidence, its second led by
 * 区经信局 (jxj); a 督办单 on the first item, an extension asked for, this year's assessment with zjj's self-score
 * submitted and unpublished, a quarterly review circulated as a 通报; a draft of its own still being written; and two
 * API tokens.
 * Every placeholder of the matrix's paths names one of these things.
 */
final class MatrixFixture {

    static final String OTHER_DRAFTER = "drafter-nyncj";
    static final String OTHER_DRAFTER_PASSWORD = "Matrix-2026-own";
    static final String TARGET_USER = "matrix-target";
    static final String TARGET_UNIT = "matrix-unit";
    private static final String INITIAL_PASSWORD = "Matrix-2026-given";

    private final ApiClient api;
    private final ManagementService management;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Supplier<String>> fresh = new HashMap<>();

    private MatrixFixture(ApiClient api, ManagementService management) {
        this.api = api;
        this.management = management;
    }

    static MatrixFixture build(ApiClient api, ManagementService management) {
        MatrixFixture fixture = new MatrixFixture(api, management);
        fixture.people();
        fixture.issuedPlan();
        fixture.draft();
        fixture.apiTokens();
        return fixture;
    }

    /** A path with its placeholders filled; a fresh placeholder makes its thing anew for each call. */
    String resolve(String template) {
        String path = template;
        for (Map.Entry<String, Supplier<String>> entry : fresh.entrySet()) {
            String placeholder = "{" + entry.getKey() + "}";
            if (path.contains(placeholder)) {
                path = path.replace(placeholder, entry.getValue().get());
            }
        }
        path = fill(path);
        if (path.contains("{")) {
            throw new IllegalArgumentException("No value for a placeholder of " + template);
        }
        return path;
    }

    /** Text (a path or a JSON body) with the fixture's values in place of their placeholders. */
    String fill(String text) {
        String filled = text;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }

    private void people() {
        createUser(OTHER_DRAFTER, "nyncj", "DRAFTER");
        ApiClient.Response changed = api.put("/api/me/password", OTHER_DRAFTER, INITIAL_PASSWORD,
                "{\"currentPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + OTHER_DRAFTER_PASSWORD + "\"}");
        assertThat(changed.status()).as(changed.body()).isBetween(200, 299);
        createUser(TARGET_USER, "town-2", "UNIT_STAFF");
        ApiClient.Response unit = api.post("/api/admin/units", "admin",
                "{\"code\":\"" + TARGET_UNIT + "\",\"name\":\"矩阵测试单位\",\"type\":\"DEPARTMENT\"}");
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        values.put("user", TARGET_USER);
        values.put("unit", TARGET_UNIT);
        values.put("year", String.valueOf(year()));
        values.put("today", today().toString());
        // Path variables that name no thing of the fixture: a kind, a prefix, a day, a seq, an alias, a decision.
        values.put("kind", "REROUTE");
        values.put("rule-kind", "ACKNOWLEDGE");
        values.put("prefix", "区政办发");
        values.put("day", "1999-01-01");
        values.put("seq", "1");
        values.put("alias", "不存在的别名");
        values.put("decision", "1");
    }

    /** A new account; it must change the password an administrator gave it before anything else. */
    private void createUser(String username, String unit, String role) {
        ApiClient.Response user = api.post("/api/admin/users", "admin", """
                {"username":"%s","displayName":"矩阵 %s","unit":"%s","roles":["%s"],"password":"%s"}"""
                .formatted(username, username, unit, role, INITIAL_PASSWORD));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
    }

    private void issuedPlan() {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"权限矩阵方案 %d","sections":[{"outline":"一、","level":1,"heading":"工作任务","body":"按任务分解表推进。"}],
                 "items":[{"category":"质量基础","indicator":"矩阵指标一","score":4,
                           "scoringMethod":"制定出台政策性文件（2分）；未发生重大质量安全事故（2分）",
                           "leadUnit":{"code":"zjj"},"coopUnits":[{"code":"czj"}],"dueDate":"2027-12-31"},
                          {"category":"质量提升","indicator":"矩阵指标二","score":3,"leadUnit":{"code":"jxj"},
                           "dueDate":"2027-12-31"}]}""".formatted(System.nanoTime()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = created.json().path("id").asLong();
        values.put("plan", String.valueOf(plan));
        values.put("plan-attachment", upload("/api/plans/" + plan + "/attachments", "drafter", "附件.txt"));

        complete("drafter", "DRAFT", plan, """
                {"outcome":"submit","consultUnits":["fgw"],"consultWorkingDays":5,"approvers":["leader"]}""");
        complete("reviewer", "DEPT_REVIEW", plan, "{\"outcome\":\"pass\"}");
        complete("staff-fgw", "GIVE_OPINION", plan, """
                {"outcome":"opinions","opinions":[{"section":"一","text":"建议明确完成时限"}]}""");
        long opinion = api.get("/api/plans/" + plan + "/opinions", "drafter").items().get(0).path("id").asLong();
        complete("drafter", "CONSOLIDATE", plan, """
                {"outcome":"submit","answers":[{"opinionId":%d,"decision":"ADOPTED","reason":"已补充"}]}""".formatted(opinion));
        complete("leader", "LEADER_APPROVAL", plan, "{\"outcome\":\"approve\"}");
        complete("office", "ISSUE", plan, """
                {"outcome":"issue","prefix":"区政办发","form":"印发","recipients":["town-1"],"ackWorkingDays":3}""");
        values.put("acknowledge-task", api.taskOf("staff-town-1", "ACKNOWLEDGE", plan));

        JsonNode items = api.get("/api/plans/" + plan + "/supervision", "supervisor").items();
        long item = itemOf(items, 1);
        values.put("item", String.valueOf(item));
        values.put("item2", String.valueOf(itemOf(items, 2)));
        complete("staff-zjj", "ACCEPT_ASSIGNMENT", plan, accept());
        complete("staff-jxj", "ACCEPT_ASSIGNMENT", plan, accept());
        openReport(item);
        values.put("item-evidence", upload("/api/supervision/items/" + item + "/evidence", "staff-zjj", "现场照片.txt"));
        complete("staff-zjj", "REPORT_PROGRESS", plan, """
                {"outcome":"report","progress":"已完成选址","percent":30,"status":"BEHIND","problems":"资金尚未到位",
                 "nextSteps":"协调财政资金"}""");
        values.put("review-task", api.taskOf("supervisor", "REVIEW_REPORT", plan));
        JsonNode detail = api.get("/api/supervision/items/" + item, "supervisor").json();
        values.put("report", detail.path("reports").get(0).path("id").asText());
        ok(api.post("/api/supervision/items/" + item + "/contributions", "staff-czj", "{\"text\":\"资金已列入预算\"}"));
        ok(api.post("/api/supervision/items/" + item + "/notices", "supervisor", "{\"text\":\"请加快进度\",\"answerWorkingDays\":3}"));

        ApiClient.Response assessment = api.post("/api/plans/" + plan + "/assessments", "supervisor",
                "{\"year\":" + year() + ",\"deadlineWorkingDays\":10}");
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(201);
        long assessmentId = assessment.json().path("id").asLong();
        values.put("assessment", String.valueOf(assessmentId));
        values.put("assessment-evidence", upload("/api/assessments/" + assessmentId + "/indicators/1/evidence", "staff-zjj",
                "政策文件.txt"));
        complete("staff-zjj", "SELF_ASSESS", plan, """
                {"outcome":"submit","scores":[{"itemSeq":1,"explanation":"未发生事故",
                 "criteria":[{"index":0,"score":0},{"index":1,"score":2}]}]}""");

        ApiClient.Response review = api.post("/api/plans/" + plan + "/quarterly-reviews", "supervisor",
                "{\"period\":\"" + year() + "-Q" + ((today().getMonthValue() - 1) / 3 + 1) + "\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        long reviewId = review.json().path("review").path("id").asLong();
        values.put("review", String.valueOf(reviewId));
        complete("supervisor", "QUARTERLY_REPORT", plan, "{\"outcome\":\"submit\",\"text\":\"本季度进展情况通报。\"}");
        complete("leader", "APPROVE_QUARTERLY_REPORT", plan, "{\"outcome\":\"approve\"}");
        values.put("bulletin", api.get("/api/quarterly-reviews/" + reviewId, "supervisor").json()
                .path("bulletin").path("bulletin").path("id").asText());
        ApiClient.Response meeting = api.post("/api/plans/" + plan + "/meetings", "supervisor", """
                {"kind":"JOINT","date":"%s","units":["town-1"],"chair":"分管副区长","agenda":"听取进展汇报"}"""
                .formatted(today().plusDays(30)));
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        values.put("meeting", meeting.json().path("id").asText());
        values.put("notification", api.get("/api/notifications", "staff-zjj").json().path("items").get(0).path("id").asText());
    }

    /** A draft of the lead department that is still being written, for the calls that change a draft. */
    private void draft() {
        long draft = TestPlans.draft(api, "权限矩阵草稿 " + System.nanoTime());
        values.put("draft", String.valueOf(draft));
        values.put("draft-task", api.taskOf("drafter", "DRAFT", draft));
        fresh.put("new-draft-attachment", () -> upload("/api/plans/" + draft + "/attachments", "drafter", "草稿附件.txt"));
    }

    /** A token of the uninvolved unit's member, which only they revoke as their own, and one of the recipient's for ADMIN. */
    private void apiTokens() {
        values.put("uninvolved-token", issueToken("staff-street-3"));
        values.put("recipient-token", issueToken("staff-town-1"));
    }

    private String issueToken(String username) {
        ApiClient.Response issued = api.post("/api/admin/api-tokens", "admin",
                "{\"username\":\"" + username + "\",\"name\":\"权限矩阵令牌\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().path("id").asText();
    }

    private void openReport(long item) {
        String process = api.get("/api/supervision/items/" + item, "supervisor").json().path("item").path("processInstanceId").asText();
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId("Timer_PeriodEnd")
                .singleResult().getId());
    }

    private void complete(String username, String kind, long plan, String body) {
        TestPlans.complete(api, username, api.taskOf(username, kind, plan), body);
    }

    private String upload(String path, String username, String fileName) {
        ApiClient.Response uploaded = api.postFile(path, username, "file", fileName, "矩阵测试".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asText();
    }

    private static String accept() {
        return """
                {"outcome":"accept","measures":"按计划推进","milestones":[{"text":"完成选址","due":"2027-06-30"}],"responsible":"张科长"}""";
    }

    private static long itemOf(JsonNode items, int seq) {
        for (JsonNode item : items) {
            if (item.path("seq").asInt() == seq) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no supervised item " + seq + " in " + items);
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.DISTRICT_ZONE);
    }

    private static int year() {
        return today().getYear();
    }
}
