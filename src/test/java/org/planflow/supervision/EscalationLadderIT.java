package org.planflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.LadderTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@LadderTest
class EscalationLadderIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    /** A Tuesday in March 2026, a month without holidays; deadlines are 18:00 district time. */
    static final OffsetDateTime DUE = OffsetDateTime.parse("2026-03-10T18:00:00+08:00");

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        clock.moveTo("2026-03-02T09:00:00+08:00");
        jdbc.sql("UPDATE app_user SET email = 'town3@planflow.example' WHERE username = 'staff-town-3'").update();
    }

    @Test
    void each_step_fires_once_and_in_order_as_the_clock_moves_past_it() {
        String taskId = deliver("town-1", "阶梯测试 " + System.nanoTime());

        clock.moveTo("2026-03-09T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER");
        clock.moveTo("2026-03-10T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE");
        clock.moveTo("2026-03-12T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE");
        clock.moveTo("2026-03-17T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE", "ESCALATE");

        clock.moveTo("2026-04-30T18:00:30+08:00");
        pause();
        assertThat(LadderSteps.of(jdbc, taskId)).as("nothing after the last step").hasSize(4);
        assertThat(ladderJobs(taskId)).isZero();
    }

    @Test
    void jumping_past_several_steps_records_them_all_in_order() {
        String taskId = deliver("town-2", "跳跃测试 " + System.nanoTime());

        clock.moveTo("2026-03-13T09:00:00+08:00");

        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE");
    }

    @Test
    void completing_a_task_before_a_step_prevents_it() {
        String taskId = deliver("town-4", "按时办结 " + System.nanoTime());
        clock.moveTo("2026-03-09T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER");

        tasks.complete(taskId, java.util.Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));
        assertThat(ladderJobs(taskId)).isZero();
        clock.moveTo("2026-03-20T18:00:30+08:00");
        pause();

        assertThat(LadderSteps.of(jdbc, taskId)).containsExactly("REMINDER");
    }

    @Test
    void each_step_notifies_the_right_people_in_app_and_by_mail() throws Exception {
        String title = "通知测试 " + System.nanoTime();
        String secondSupervisor = "supervisor-" + System.nanoTime() % 1_000_000;
        ApiClient.Response created = api.post("/api/admin/users", "admin", """
                {"username":"%s","displayName":"督查员乙","unit":"supervision","roles":["SUPERVISOR"],"password":"Ladder-2026-pass"}"""
                .formatted(secondSupervisor));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String taskId = deliver("town-3", title);

        clock.moveTo("2026-03-17T18:00:30+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE", "ESCALATE");

        assertThat(noticeKinds("staff-town-3", taskId)).contains("NEW_TASK", "REMINDER", "OVERDUE", "URGE", "ESCALATE");
        assertThat(noticeKinds("supervisor", taskId)).as("the supervision office's head").containsExactly("ESCALATE");
        assertThat(noticeKinds(secondSupervisor, taskId)).as("the office hears it through its head (decision 046)").isEmpty();
        assertThat(noticeKinds("leader", taskId)).containsExactly("ESCALATE");
        assertThat(noticeKinds("staff-town-5", taskId)).isEmpty();

        JsonNode unread = api.get("/api/notifications?size=50", "staff-town-3").json();
        assertThat(unread.path("unread").asLong()).isGreaterThanOrEqualTo(5);

        List<MimeMessage> mails = awaitMails(5);
        MimeMessage overdue = mails.stream().filter(m -> subject(m).contains("已逾期")).findFirst().orElseThrow();
        assertThat(GreenMailUtil.getAddressList(overdue.getAllRecipients())).contains("town3@planflow.example");
        String text = String.valueOf(overdue.getContent());
        assertThat(text).contains(title).contains("http://planflow.example/tasks/" + taskId);
    }

    @Test
    void the_overdue_list_shows_working_days_overdue_and_the_level_and_only_to_supervision() {
        String title = "逾期列表 " + System.nanoTime();
        String taskId = deliver("street-3", title);
        clock.moveTo("2026-03-13T09:00:00+08:00");
        LadderSteps.await(jdbc, taskId, "REMINDER", "OVERDUE", "URGE");

        JsonNode item = LadderSteps.overdueItem(api, "supervisor", "unit=street-3", taskId);
        assertThat(item.path("planTitle").asText()).isEqualTo(title);
        assertThat(item.path("kind").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(item.path("unit").asText()).isEqualTo("street-3");
        assertThat(item.path("workingDaysOverdue").asInt()).isEqualTo(3);
        assertThat(item.path("escalationLevel").asInt()).isEqualTo(3);
        assertThat(api.get("/api/supervision/overdue", "leader").status()).isEqualTo(200);
        assertThat(api.get("/api/supervision/overdue", "staff-street-3").status()).isEqualTo(403);
    }

    @Test
    void a_supervisor_urges_by_hand_with_a_message_and_the_unit_hears_it() {
        String taskId = deliver("town-6", "手动催办 " + System.nanoTime());

        ApiClient.Response blank = api.post("/api/supervision/tasks/" + taskId + "/urge", "supervisor", "{\"message\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).isEqualTo(SupervisionFields.MESSAGE);
        assertThat(api.post("/api/supervision/tasks/" + taskId + "/urge", "staff-town-1", "{\"message\":\"快\"}").status())
                .isEqualTo(403);

        ApiClient.Response urged = api.post("/api/supervision/tasks/" + taskId + "/urge", "supervisor", "{\"message\":\"请于明日前签收\"}");
        assertThat(urged.status()).isEqualTo(200);
        assertThat(urged.json().path("actor").asText()).isEqualTo("supervisor");
        assertThat(noticeKinds("staff-town-6", taskId)).contains("URGE");
        assertThat(api.post("/api/supervision/tasks/" + taskId + "/urge", "supervisor", "{\"message\":\"再次催办\"}").status())
                .as("manual urges may repeat").isEqualTo(200);
    }

    @Test
    void the_clock_endpoint_is_for_admin_only() {
        assertThat(api.post("/api/admin/clock", "supervisor", "{\"now\":\"2026-03-02T09:00:00+08:00\"}").status()).isEqualTo(403);
        ApiClient.Response moved = api.post("/api/admin/clock", "admin", "{\"now\":\"2026-03-05T09:00:00+08:00\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(Instant.parse(moved.json().path("now").asText()))
                .isBetween(Instant.parse("2026-03-05T01:00:00Z"), Instant.parse("2026-03-05T01:01:00Z"));
    }

    private String deliver(String unit, String title) {
        String processInstanceId = TestDeliveries.deliver(runtime, jdbc, unit, title, DUE.toInstant());
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private List<String> noticeKinds(String username, String taskId) {
        return jdbc.sql("SELECT kind FROM notification WHERE recipient = ? AND task_id = ? ORDER BY id")
                .params(username, taskId).query(String.class).list();
    }

    private long ladderJobs(String taskId) {
        return jdbc.sql("SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'planflow-escalation' AND handler_cfg_ = ?")
                .param(taskId).query(Long.class).single();
    }

    private List<MimeMessage> awaitMails(int atLeast) {
        mail.waitForIncomingEmail(10_000, atLeast);
        return List.of(mail.getReceivedMessages());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        LadderSteps.sleep(3000);
    }
}
