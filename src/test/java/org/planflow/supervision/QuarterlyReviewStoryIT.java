package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.LibreOffice;
import org.planflow.TestPlans;
import org.planflow.shared.Outcome;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan's items supervised through two quarters: the quarter-end timer starts a review of each, the
 * second report is compiled with the units' reporting, edited, returned once by the plan's 分管领导,
 * approved, circulated as a numbered 通报 and read by three member units; the quarter's joint meeting
 * is recorded and one of its decisions becomes a supervised item.
 */
@LadderTest
class QuarterlyReviewStoryIT {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
    }

    @Test
    void two_quarters_pass_and_the_second_report_is_returned_once_approved_circulated_and_read() throws Exception {
        long planId = TestPlans.issued(api, """
                {"title":"季度通报测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"fgw"}],"dueDate":"2027-12-31"},
                          {"indicator":"开展企业质量提升行动","leadUnit":{"code":"jxj"},"dueDate":"2027-12-31"},
                          {"indicator":"落实质量奖励资金","leadUnit":{"code":"czj"},"dueDate":"2027-12-31"}]}"""
                .formatted(System.nanoTime()), "[\"town-1\"]");
        for (String unit : new String[] {"staff-scjgj", "staff-jxj", "staff-czj"}) {
            TestPlans.complete(api, unit, api.taskOf(unit, "ACCEPT_ASSIGNMENT", planId), "{\"outcome\":\"accept\","
                    + "\"measures\":\"按计划推进\",\"milestones\":[{\"text\":\"完成年度任务\",\"due\":\"2027-12-31\"}],"
                    + "\"responsible\":\"王科长\"}");
        }

        // The first quarter ends: the timer starts the plan's review of 2027-Q1, compiled at once.
        clock.moveTo("2027-04-01T09:00:00+08:00");
        JsonNode first = awaitReview(planId, "2027-Q1");
        assertThat(first.path("status").asText()).isEqualTo("DRAFTING");
        assertThat(first.path("reportText").asText()).contains("2027年第一季度", "一、总体情况", "建设计量检测中心");

        // Two units report the quarter on time, jxj late.
        report("staff-scjgj", planId, 30);
        report("staff-czj", planId, 40);
        clock.moveTo("2027-04-16T09:00:00+08:00");
        report("staff-jxj", planId, 10);

        // The second quarter ends: its review counts the year's reports, one of them late.
        clock.moveTo("2027-07-01T09:00:00+08:00");
        JsonNode second = awaitReview(planId, "2027-Q2");
        long reviewId = second.path("id").asLong();
        assertThat(second.path("reportText").asText()).contains("2027年第二季度", "逾期报送1份", "按时报送率67%",
                "（一）建设计量检测中心（牵头单位：");

        // Starting it again, a malformed or future quarter, or by a unit is refused.
        ApiClient.Response again = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor", "{\"period\":\"2027-Q2\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo(SupervisionProblem.REVIEW_EXISTS.name());
        ApiClient.Response malformed = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor", "{\"period\":\"2027-Q5\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asText()).isEqualTo(SupervisionFields.PERIOD);
        assertThat(malformed.json().path("code").asText()).isEqualTo(SupervisionProblem.PERIOD_INVALID.name());
        ApiClient.Response future = api.post("/api/plans/" + planId + "/quarterly-reviews", "supervisor", "{\"period\":\"2027-Q4\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("field").asText()).isEqualTo(SupervisionFields.PERIOD);
        assertThat(future.json().path("code").asText()).isEqualTo(SupervisionProblem.PERIOD_NOT_BEGUN.name());
        assertThat(api.post("/api/plans/" + planId + "/quarterly-reviews", "staff-scjgj", "{\"period\":\"2027-Q3\"}").status())
                .isEqualTo(403);

        // The supervision office edits and submits; the plan's 分管领导 returns it once with what to change.
        String edit = taskOf("supervisor", "QUARTERLY_REPORT", second);
        ApiClient.Response empty = api.post("/api/tasks/" + edit + "/complete", "supervisor", "{\"outcome\":\"submit\",\"text\":\" \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("field").asText()).isEqualTo(SupervisionFields.TEXT);
        ApiClient.Response badDays = api.post("/api/tasks/" + edit + "/complete", "supervisor",
                "{\"outcome\":\"submit\",\"text\":\"通报正文\",\"readWorkingDays\":99}");
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(badDays.json().path("field").asText()).isEqualTo(SupervisionFields.READ_WORKING_DAYS);
        String draft = second.path("reportText").asText();
        TestPlans.complete(api, "supervisor", edit, body(Outcome.SUBMIT, draft));
        String approval = taskOf("leader", "APPROVE_QUARTERLY_REPORT", second);
        assertThat(api.post("/api/tasks/" + approval + "/complete", "leader2", "{\"outcome\":\"approve\"}").status())
                .as("a task assigned to another leader").isEqualTo(409);
        ApiClient.Response silentReturn = api.post("/api/tasks/" + approval + "/complete", "leader", "{\"outcome\":\"return\"}");
        assertThat(silentReturn.status()).isEqualTo(400);
        assertThat(silentReturn.json().path("field").asText()).isEqualTo(SupervisionFields.COMMENT);
        assertThat(silentReturn.json().path("code").asText()).isEqualTo(SupervisionProblem.RETURN_COMMENT_REQUIRED.name());
        TestPlans.complete(api, "leader", approval, "{\"outcome\":\"return\",\"comment\":\"请补充下一步工作的具体措施\"}");
        JsonNode returned = review(reviewId).path("review");
        assertThat(returned.path("status").asText()).isEqualTo("DRAFTING");
        assertThat(returned.path("returns").asInt()).isEqualTo(1);
        assertThat(returned.path("returnComment").asText()).isEqualTo("请补充下一步工作的具体措施");

        TestPlans.complete(api, "supervisor", taskOf("supervisor", "QUARTERLY_REPORT", second),
                body(Outcome.SUBMIT, draft + "\n六、具体措施\n各牵头单位于7月底前报送整改清单。"));
        TestPlans.complete(api, "leader", taskOf("leader", "APPROVE_QUARTERLY_REPORT", second), "{\"outcome\":\"approve\"}");

        // Circulated to the plan's member units as a numbered 通报.
        JsonNode circulated = review(reviewId);
        assertThat(circulated.path("review").path("status").asText()).isEqualTo("CIRCULATED");
        String number = circulated.path("review").path("docNumber").asText();
        assertThat(number).matches("督查通报〔2027〕\\d+号");
        JsonNode readings = circulated.path("bulletin").path("readings");
        assertThat(readings.findValuesAsText("code")).contains("scjgj", "fgw", "jxj", "czj").doesNotContain("town-1");
        long bulletinId = circulated.path("bulletin").path("bulletin").path("id").asLong();
        assertThat(circulated.path("bulletin").path("bulletin").path("body").asText()).contains("六、具体措施");

        // Three member units read it (待阅 → 已阅); a unit it was not sent to cannot open it.
        for (String unit : new String[] {"staff-scjgj", "staff-jxj", "staff-czj"}) {
            JsonNode toRead = api.get("/api/circulation/bulletins?scope=to-read", unit).items();
            assertThat(toRead.findValuesAsText("bulletinId")).contains(String.valueOf(bulletinId));
            String read = api.taskOf(unit, "READ_NOTICE", planId);
            TestPlans.complete(api, unit, read, "{\"outcome\":\"read\"}");
            assertThat(api.post("/api/tasks/" + read + "/complete", unit, "{\"outcome\":\"read\"}").status())
                    .as("read once").isIn(404, 409);
            assertThat(api.get("/api/circulation/bulletins?scope=read", unit).items().findValuesAsText("bulletinId"))
                    .contains(String.valueOf(bulletinId));
        }
        ApiClient.Response stranger = api.get("/api/circulation/bulletins/" + bulletinId, "staff-town-2");
        assertThat(stranger.status()).as("not circulated to it").isEqualTo(404);
        JsonNode receipts = api.get("/api/circulation/bulletins/" + bulletinId, "supervisor").json().path("readings");
        int read = 0;
        for (JsonNode reading : receipts) {
            if (!reading.path("readAt").isNull()) {
                read++;
                assertThat(reading.path("readByName").asText()).isNotBlank();
            }
        }
        assertThat(read).isEqualTo(3);
        assertThat(api.get("/api/circulation/bulletins/" + bulletinId, "staff-fgw").json().path("readings"))
                .as("a unit sees its own receipt").hasSize(1);

        // The .docx: the red-header 通报 with its number, title and addressees.
        Path docx = dir.resolve("bulletin.docx");
        Files.write(docx, api.getBytes("/api/quarterly-reviews/" + reviewId + "/bulletin.docx", "supervisor"));
        assertThat(LibreOffice.toText(docx, dir)).contains(number, "督查通报", "2027年第二季度推进情况的通报", "各成员单位：",
                "区人民政府督查室");
        assertThat(api.getBytes("/api/circulation/bulletins/" + bulletinId + "/document.docx", "staff-jxj")).isNotEmpty();

        // The quarter's joint meeting: its decisions, one of which becomes an item of the plan in one step.
        ApiClient.Response futureMeeting = api.put("/api/quarterly-reviews/" + reviewId + "/meeting", "supervisor",
                "{\"date\":\"2027-07-20\",\"attendees\":[\"scjgj\"],\"decisions\":[\"x\"]}");
        assertThat(futureMeeting.status()).isEqualTo(400);
        assertThat(futureMeeting.json().path("field").asText()).isEqualTo(SupervisionFields.DATE);
        ApiClient.Response unknownUnit = api.put("/api/quarterly-reviews/" + reviewId + "/meeting", "supervisor",
                "{\"date\":\"2027-06-28\",\"attendees\":[\"nowhere\"],\"decisions\":[\"x\"]}");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().path("field").asText()).isEqualTo(SupervisionFields.ATTENDEES);
        assertThat(unknownUnit.json().path("code").asText()).isEqualTo(SupervisionProblem.ATTENDEE_UNKNOWN.name());
        JsonNode meeting = api.put("/api/quarterly-reviews/" + reviewId + "/meeting", "supervisor", """
                {"date":"2027-06-28","attendees":["scjgj","jxj","czj","fgw"],
                 "decisions":["开展计量器具专项检查","研究质量奖励资金拨付办法"]}""").json();
        assertThat(meeting.path("decisions")).hasSize(2);
        ApiClient.Response item = api.post("/api/quarterly-reviews/" + reviewId + "/meeting/decisions/1/item", "supervisor",
                "{\"leadUnit\":\"scjgj\",\"coopUnits\":[\"jxj\"],\"dueDate\":\"2027-09-30\",\"cadence\":\"MONTHLY\"}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(item.json().path("source").asText()).isEqualTo("MEETING_DECISION");
        assertThat(item.json().path("indicator").asText()).isEqualTo("开展计量器具专项检查");
        assertThat(item.json().path("planId").asLong()).isEqualTo(planId);
        assertThat(api.post("/api/quarterly-reviews/" + reviewId + "/meeting/decisions/1/item", "supervisor",
                "{\"leadUnit\":\"scjgj\",\"dueDate\":\"2027-09-30\"}").status()).isEqualTo(409);
        assertThat(review(reviewId).path("meeting").path("decisions").get(0).path("itemId").asLong())
                .isEqualTo(item.json().path("id").asLong());
        ApiClient.Response dropMadeDecision = api.put("/api/quarterly-reviews/" + reviewId + "/meeting", "supervisor",
                "{\"date\":\"2027-06-28\",\"attendees\":[\"scjgj\"],\"decisions\":[\"另一事项\"]}");
        assertThat(dropMadeDecision.status()).isEqualTo(409);
        assertThat(api.get("/api/plans/" + planId + "/supervision", "supervisor").items().findValuesAsText("indicator"))
                .contains("开展计量器具专项检查");
    }

    private JsonNode awaitReview(long planId, String period) {
        LadderSteps.awaitUntil(() -> reviewOf(planId, period) != null && "DRAFTING".equals(reviewOf(planId, period).path("status").asText()));
        return reviewOf(planId, period);
    }

    private JsonNode reviewOf(long planId, String period) {
        for (JsonNode review : api.get("/api/plans/" + planId + "/quarterly-reviews", "supervisor").items()) {
            if (review.path("period").asText().equals(period)) {
                return review;
            }
        }
        return null;
    }

    private JsonNode review(long reviewId) {
        return api.get("/api/quarterly-reviews/" + reviewId, "leader").json();
    }

    /** The review's own task: the plan has a review of each quarter waiting. */
    private String taskOf(String username, String kind, JsonNode review) {
        for (JsonNode entry : api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (entry.path("processInstanceId").asText().equals(review.path("processInstanceId").asText())) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + kind + " task of review " + review.path("id"));
    }

    private void report(String username, long planId, int percent) {
        LadderSteps.awaitUntil(() -> api.get("/api/tasks?size=200&kind=REPORT_PROGRESS", username).json().path("items")
                .findValuesAsText("planId").contains(String.valueOf(planId)));
        TestPlans.complete(api, username, api.taskOf(username, "REPORT_PROGRESS", planId), "{\"outcome\":\"report\","
                + "\"progress\":\"按计划推进\",\"percent\":" + percent + ",\"status\":\"ON_TRACK\",\"nextSteps\":\"继续推进\"}");
    }

    private static String body(Outcome outcome, String text) {
        return "{\"outcome\":\"" + outcome.value() + "\",\"text\":\"" + text.replace("\n", "\\n") + "\"}";
    }
}
