package org.planflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan that says "每半年召开一次成员单位联席会" is issued to 城关镇 and 东关镇 in January 2027: its rhythm is read from
 * the text. The office (the supervision office: the plan names none) schedules the half year's joint meeting; the notice
 * goes to both towns, 城关镇's receipt first to the liaison the plan names. 城关镇 attends, 东关镇 declines with a reason;
 * after the meeting the office records the minutes, one decision becomes a supervised item, and the rhythm shows the
 * half year's meeting held and, a year on, the next half year's missing.
 */
@PlanFlowTest
class MeetingStoryIT {

    static final String PLAN = """
            {"title":"%s","type":"实施方案","sections":[
             {"outline":"一、","level":1,"heading":"组织保障","body":"建立质量工作联席会议制度,每半年召开一次成员单位联席会,听取工作汇报。"}],
             "items":[{"category":"质量基础","indicator":"建设计量检测中心","score":10,"leadUnit":{"code":"town-1"},"dueDate":"2027-12-31"}]}""";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;

    @Test
    void half_yearly_meeting_sends_notice_collects_receipts_and_records_minutes() throws IOException {
        ApiClient api = new ApiClient(port);
        clock.moveTo("2027-01-04T09:00:00+08:00");
        long planId = TestPlans.issued(api, PLAN.formatted("联席会议测试 " + System.nanoTime()), "[\"town-1\",\"town-2\"]");

        JsonNode rhythm = api.get("/api/plans/" + planId + "/meeting-rhythm", "supervisor").json();
        assertThat(rhythm.path("beats").findValuesAsText("kind")).containsExactly("JOINT");
        assertThat(rhythm.path("beats").findValuesAsText("cadence")).containsExactly("HALF_YEARLY");
        assertThat(rhythm.path("since").asText()).isEqualTo("2027-01-04");
        assertThat(rhythm.path("periods").findValuesAsText("period")).containsExactly("2027-H1");

        ApiClient.Response liaison = api.put("/api/plans/" + planId + "/liaisons", "supervisor",
                "[{\"unit\":{\"code\":\"town-1\"},\"username\":\"staff-town-1\",\"phone\":\"13812345678\"}]");
        assertThat(liaison.status()).as(liaison.body()).isEqualTo(200);

        String meeting = """
                {"kind":"JOINT","date":"%s","units":["town-1","town-2"],"chair":"王副县长","agenda":"听取上半年质量工作汇报"}""";
        ApiClient.Response notOffice = api.post("/api/plans/" + planId + "/meetings", "drafter", meeting.formatted("2027-03-15"));
        assertThat(notOffice.status()).as(notOffice.body()).isEqualTo(403);
        ApiClient.Response past = api.post("/api/plans/" + planId + "/meetings", "supervisor", meeting.formatted("2027-01-04"));
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(past.json().path("field").asText()).isEqualTo(MeetingFields.DATE);
        assertThat(past.json().path("code").asText()).isEqualTo(MeetingProblem.DATE_NOT_AHEAD.name());

        ApiClient.Response scheduled = api.post("/api/plans/" + planId + "/meetings", "supervisor", meeting.formatted("2027-03-15"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        long meetingId = scheduled.json().path("id").asLong();
        assertThat(scheduled.json().path("attendance").findValuesAsText("status")).containsExactly("PENDING", "PENDING");
        // the notice takes the year's next number as it goes out, as an issued plan does
        String number = scheduled.json().path("noticeNumber").asText();
        assertThat(number).matches(MeetingService.NOTICE_PREFIX + "〔2027〕\\d+号");

        String receipt = api.taskOf("staff-town-1", "CONFIRM_ATTENDANCE", planId);
        assertThat(api.get("/api/tasks/" + receipt, "staff-town-1").json().path("assignee").asText())
                .as("the receipt goes first to the liaison the plan names").isEqualTo("staff-town-1");
        assertThat(text(api.getBytes("/api/meetings/" + meetingId + "/notice.docx", "staff-town-2")))
                .contains(number, "关于召开成员单位联席会议的通知", "城关镇", "东关镇", "王副县长", "听取上半年质量工作汇报");
        assertThat(api.get("/api/plans/" + planId + "/meetings", "supervisor").items().findValuesAsText("noticeNumber"))
                .containsExactly(number);
        assertDownloadRecorded(api, "staff-town-2", "meeting:" + meetingId + "/notice", planId);

        ApiClient.Response nobody = api.post("/api/meetings/" + meetingId + "/attendance", "staff-town-1", "{\"outcome\":\"attend\"}");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.json().path("field").asText()).isEqualTo(MeetingFields.ATTENDEES);
        assertThat(nobody.json().path("code").asText()).isEqualTo(MeetingProblem.ATTENDEES_REQUIRED.name());
        ApiClient.Response attends = api.post("/api/meetings/" + meetingId + "/attendance", "staff-town-1",
                "{\"outcome\":\"attend\",\"attendees\":\"李明（镇长）\"}");
        assertThat(attends.status()).as(attends.body()).isEqualTo(200);
        ApiClient.Response again = api.post("/api/meetings/" + meetingId + "/attendance", "staff-town-1",
                "{\"outcome\":\"decline\",\"reason\":\"改期\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo(MeetingProblem.ATTENDANCE_CLOSED.name());
        ApiClient.Response stranger = api.post("/api/meetings/" + meetingId + "/attendance", "staff-whlyj",
                "{\"outcome\":\"attend\",\"attendees\":\"张三\"}");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(404);
        TestPlans.complete(api, "staff-town-2", api.taskOf("staff-town-2", "CONFIRM_ATTENDANCE", planId),
                "{\"outcome\":\"decline\",\"reason\":\"同日召开镇党委会议\"}");

        JsonNode answered = api.get("/api/meetings/" + meetingId, "supervisor").json();
        assertThat(answered.path("attendance").findValuesAsText("status")).containsExactly("ATTENDING", "DECLINED");
        assertThat(answered.path("attendance").get(0).path("attendees").asText()).isEqualTo("李明（镇长）");
        assertThat(answered.path("attendance").get(1).path("reason").asText()).isEqualTo("同日召开镇党委会议");

        String minutes = "{\"text\":\"会议听取了两镇上半年质量工作汇报。\",\"decisions\":[\"城关镇6月底前完成计量检测中心选址\",\"各镇每月报送质量工作信息\"]}";
        ApiClient.Response early = api.put("/api/meetings/" + meetingId + "/minutes", "supervisor", minutes);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("code").asText()).isEqualTo(MeetingProblem.MINUTES_BEFORE_MEETING.name());

        clock.moveTo("2027-03-16T09:00:00+08:00");
        ApiClient.Response recorded = api.put("/api/meetings/" + meetingId + "/minutes", "supervisor", minutes);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().path("minutes").path("decisions").findValuesAsText("text"))
                .containsExactly("城关镇6月底前完成计量检测中心选址", "各镇每月报送质量工作信息");
        assertThat(api.get("/api/tasks?size=200&kind=RECORD_MINUTES", "supervisor").json().path("items").findValuesAsText("planId"))
                .as("recording the minutes ends the meeting's process").doesNotContain(String.valueOf(planId));

        ApiClient.Response item = api.post("/api/meetings/" + meetingId + "/decisions/1/item", "supervisor",
                "{\"leadUnit\":\"town-1\",\"dueDate\":\"2027-06-30\"}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(item.json().path("source").asText()).isEqualTo("MEETING_DECISION");
        assertThat(item.json().path("planId").asLong()).isEqualTo(planId);
        assertThat(item.json().path("indicator").asText()).isEqualTo("城关镇6月底前完成计量检测中心选址");
        JsonNode listed = api.get("/api/plans/" + planId + "/meetings", "staff-town-2").json();
        assertThat(listed.path("total").asInt()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("minutes").path("decisions").get(0).path("itemId").asLong())
                .isEqualTo(item.json().path("id").asLong());
        assertThat(text(api.getBytes("/api/meetings/" + meetingId + "/minutes.docx", "supervisor")))
                .contains("成员单位联席会议纪要", "李明（镇长）", "同日召开镇党委会议", "1. 城关镇6月底前完成计量检测中心选址");
        assertDownloadRecorded(api, "supervisor", "meeting:" + meetingId + "/minutes", planId);

        JsonNode held = api.get("/api/plans/" + planId + "/meeting-rhythm", "supervisor").json().path("periods").get(0);
        assertThat(held.path("meetingId").asLong()).isEqualTo(meetingId);
        assertThat(held.path("missing").asBoolean()).isFalse();
        clock.moveTo("2028-01-05T09:00:00+08:00");
        JsonNode periods = api.get("/api/plans/" + planId + "/meeting-rhythm", "supervisor").json().path("periods");
        assertThat(periods.findValuesAsText("period")).containsExactly("2027-H1", "2027-H2", "2028-H1");
        assertThat(periods.findValuesAsText("missing")).containsExactly("false", "true", "false");
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The download trail has the caller's newest download: the meeting's document, under its plan (DownloadTrailIT's rule). */
    private static void assertDownloadRecorded(ApiClient api, String username, String subject, long planId) {
        JsonNode row = api.get("/api/admin/audit?category=DOWNLOAD&actor=" + username + "&size=1", "admin").json().path("items").get(0);
        assertThat(row.path("action").asText()).isEqualTo("FILE_DOWNLOADED");
        assertThat(row.path("subject").asText()).isEqualTo(subject);
        assertThat(row.path("planId").asLong()).isEqualTo(planId);
        assertThat(row.path("details").asText()).endsWith(".docx");
    }
}
