package org.planflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.consultation.ConsultationFields;
import org.planflow.consultation.process.ConsultationProcess;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.ListFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole approval story through the HTTP API, as the demo district's people would act. */
@PlanFlowTest
class PlanApprovalStoryIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_draft_is_reviewed_consulted_consolidated_returned_once_and_approved_by_two_leaders() {
        long planId = createPlan("区质量强区工作推进方案（接口测试 " + System.nanoTime() + "）");
        assertThat(status(planId)).isEqualTo("DRAFTING");

        // The drafter submits: consult three units within 3 working days, then two leaders in order.
        String draftTask = api.taskOf("drafter", "DRAFT", planId);
        ApiClient.Response unknownUnit = api.post("/api/tasks/" + draftTask + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"consultUnits\":[\"nowhere\"],\"consultWorkingDays\":3,\"approvers\":[\"leader\"]}");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().path("field").asText()).isEqualTo(PlanFields.CONSULT_UNITS);
        complete("drafter", draftTask, "{\"outcome\":\"submit\",\"consultUnits\":[\"fgw\",\"town-1\",\"street-1\"],"
                + "\"consultWorkingDays\":3,\"approvers\":[\"leader\",\"leader2\"]}");
        assertThat(status(planId)).isEqualTo("IN_REVIEW");

        // The lead department's reviewer passes it; a wrong outcome is refused first.
        String review = api.taskOf("reviewer", "DEPT_REVIEW", planId);
        ApiClient.Response badOutcome = api.post("/api/tasks/" + review + "/complete", "reviewer", "{\"outcome\":\"maybe\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.json().path("field").asText()).isEqualTo(TaskKinds.VAR_OUTCOME);
        complete("reviewer", review, "{\"outcome\":\"pass\"}");
        assertThat(status(planId)).isEqualTo("IN_CONSULTATION");

        // Three units are consulted: one gives opinions, one has none, one lets the deadline pass.
        String fgwTask = api.taskOf("staff-fgw", "GIVE_OPINION", planId);
        assertThat(api.post("/api/tasks/" + fgwTask + "/complete", "staff-town-2", "{\"outcome\":\"no_opinion\"}").status())
                .as("another unit may not answer for fgw, nor learn the task is there").isEqualTo(404);
        complete("staff-fgw", fgwTask, "{\"outcome\":\"opinions\",\"opinions\":[{\"section\":\"一\",\"text\":\"建议补充质量基础设施建设内容\"},"
                + "{\"text\":\"建议明确各项任务的完成时限\"}]}");
        complete("staff-town-1", api.taskOf("staff-town-1", "GIVE_OPINION", planId), "{\"outcome\":\"no_opinion\"}");
        assertThat(status(planId)).isEqualTo("IN_CONSULTATION");
        passDeadlineOf(planId, "street-1");
        assertThat(status(planId)).isEqualTo("CONSOLIDATING");

        JsonNode opinions = api.get("/api/plans/" + planId + "/opinions", "drafter").items();
        assertThat(opinions).hasSize(4);
        List<Long> toAnswer = new ArrayList<>();
        for (JsonNode opinion : opinions) {
            switch (opinion.path("unit").path("code").asText()) {
                case "fgw" -> {
                    assertThat(opinion.path("kind").asText()).isEqualTo("OPINION");
                    toAnswer.add(opinion.path("id").asLong());
                }
                case "town-1" -> assertThat(opinion.path("kind").asText()).isEqualTo("NO_OPINION");
                case "street-1" -> {
                    assertThat(opinion.path("kind").asText()).isEqualTo("LATE_NO_OPINION");
                    assertThat(opinion.path("text").asText()).isEqualTo("逾期未反馈，视为无意见");
                }
                default -> throw new AssertionError("unexpected opinion " + opinion);
            }
        }

        // The drafter revises and answers every opinion; a missing answer or reason loses nothing.
        JsonNode plan = api.get("/api/plans/" + planId, "drafter").json();
        ApiClient.Response revised = api.put("/api/plans/" + planId, "drafter", """
                {"title":"%s","revision":%d,"note":"采纳发展改革委意见","sections":[
                 {"outline":"一、","level":1,"heading":"指导思想","body":"以质量提升为主线，加强质量基础设施建设。"},
                 {"outline":"二、","level":1,"heading":"工作目标","body":"到年底完成各项任务。"}],
                 "items":[{"indicator":"开展质量提升行动","score":10,"leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"fgw"}]}]}"""
                .formatted(plan.path("title").asText(), plan.path("revision").asInt()));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().path("revision").asInt()).isEqualTo(2);

        String consolidate = api.taskOf("drafter", "CONSOLIDATE", planId);
        ApiClient.Response missing = api.post("/api/tasks/" + consolidate + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"answers\":[{\"opinionId\":" + toAnswer.get(0) + ",\"decision\":\"ADOPTED\"}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("field").asText()).isEqualTo(ConsultationFields.ANSWERS);
        ApiClient.Response noReason = api.post("/api/tasks/" + consolidate + "/complete", "drafter",
                "{\"outcome\":\"submit\",\"answers\":[{\"opinionId\":" + toAnswer.get(0) + ",\"decision\":\"ADOPTED\"},"
                        + "{\"opinionId\":" + toAnswer.get(1) + ",\"decision\":\"REJECTED\"}]}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asText())
                .isEqualTo(ListFields.at(ConsultationFields.ANSWERS, 1, ConsultationFields.REASON));
        complete("drafter", consolidate, "{\"outcome\":\"submit\",\"answers\":[{\"opinionId\":" + toAnswer.get(0)
                + ",\"decision\":\"ADOPTED\"},{\"opinionId\":" + toAnswer.get(1)
                + ",\"decision\":\"PARTIAL\",\"reason\":\"完成时限在任务分解表中明确\"}]}");
        assertThat(status(planId)).isEqualTo("IN_APPROVAL");

        // The first leader returns it once; the second leader cannot act out of turn.
        String firstApproval = api.taskOf("leader", "LEADER_APPROVAL", planId);
        assertThat(api.post("/api/tasks/" + firstApproval + "/complete", "leader2", "{\"outcome\":\"approve\"}").status())
                .isEqualTo(404);
        ApiClient.Response noComment = api.post("/api/tasks/" + firstApproval + "/complete", "leader", "{\"outcome\":\"return\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().path("field").asText()).isEqualTo(PlanFields.COMMENT);
        complete("leader", firstApproval, "{\"outcome\":\"return\",\"comment\":\"请补充考核评分办法\"}");
        assertThat(status(planId)).isEqualTo("DRAFTING");

        // Resubmitted without a second consultation; both leaders approve in order.
        complete("drafter", api.taskOf("drafter", "DRAFT", planId),
                "{\"outcome\":\"submit\",\"consultUnits\":[],\"approvers\":[\"leader\",\"leader2\"]}");
        complete("reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        String approval = api.taskOf("leader", "LEADER_APPROVAL", planId);
        complete("leader", approval, "{\"outcome\":\"approve\"}");
        ApiClient.Response twice = api.post("/api/tasks/" + approval + "/complete", "leader", "{\"outcome\":\"approve\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(status(planId)).isEqualTo("IN_APPROVAL");
        complete("leader2", api.taskOf("leader2", "LEADER_APPROVAL", planId), "{\"outcome\":\"approve\"}");
        assertThat(status(planId)).isEqualTo("APPROVED");

        ApiClient.Response lateEdit = api.put("/api/plans/" + planId, "drafter", "{\"title\":\"改不了\",\"sections\":[]}");
        assertThat(lateEdit.status()).isEqualTo(409);

        List<String> timeline = new ArrayList<>();
        for (JsonNode event : api.get("/api/plans/" + planId + "/timeline?size=500", "leader").items()) {
            if (!"STATUS".equals(event.path("what").asText())) {
                timeline.add(event.path("who").asText() + ":" + event.path("what").asText()
                        + (event.path("outcome").isNull() ? "" : ":" + event.path("outcome").asText()));
            }
        }
        assertThat(timeline).containsSubsequence("drafter:CREATED", "drafter:SUBMITTED", "reviewer:DEPT_REVIEWED:pass",
                "reviewer:CONSULTATION_OPENED:1", "staff-fgw:OPINION_GIVEN:opinions", "staff-town-1:OPINION_GIVEN:no_opinion",
                "system:OPINION_LATE:late_no_opinion", "drafter:REVISED:2", "drafter:OPINIONS_ANSWERED", "drafter:CONSOLIDATED",
                "leader:LEADER_DECIDED:return", "drafter:SUBMITTED", "reviewer:DEPT_REVIEWED:pass", "leader:LEADER_DECIDED:approve",
                "leader2:LEADER_DECIDED:approve");
        assertThat(api.get("/api/plans/" + planId + "/timeline?size=500", "leader").items().findValuesAsText("comment"))
                .contains("请补充考核评分办法");
    }

    @Test
    void the_drafter_withdraws_a_submission_nobody_has_taken_yet_but_not_one_under_review() {
        long planId = createPlan("撤回测试方案 " + System.nanoTime());
        complete("drafter", api.taskOf("drafter", "DRAFT", planId), "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        assertThat(api.post("/api/plans/" + planId + "/withdraw", "drafter", "").json().path("status").asText())
                .isEqualTo("DRAFTING");

        complete("drafter", api.taskOf("drafter", "DRAFT", planId), "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        String review = api.taskOf("reviewer", "DEPT_REVIEW", planId);
        assertThat(api.post("/api/tasks/" + review + "/claim", "reviewer", "").status()).isEqualTo(200);
        assertThat(api.post("/api/plans/" + planId + "/withdraw", "drafter", "").status()).isEqualTo(409);
        assertThat(status(planId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void other_units_cannot_read_a_plan_and_bad_drafts_name_their_field() {
        long planId = createPlan("访问控制测试方案 " + System.nanoTime());
        assertThat(api.get("/api/plans/" + planId, "staff-town-3").status()).as("not theirs to know").isEqualTo(404);
        assertThat(api.get("/api/plans/" + planId, "supervisor").status()).isEqualTo(200);
        assertThat(api.get("/api/plans/999999999", "drafter").status()).isEqualTo(404);

        ApiClient.Response noTitle = api.post("/api/plans", "drafter", "{\"title\":\"  \"}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().path("field").asText()).isEqualTo(PlanFields.TITLE);
        ApiClient.Response badItem = api.post("/api/plans", "drafter",
                "{\"title\":\"有问题的方案\",\"items\":[{\"indicator\":\"任务一\",\"leadUnit\":{\"code\":\"no-such-unit\"}}]}");
        assertThat(badItem.status()).isEqualTo(400);
        assertThat(badItem.json().path("field").asText()).isEqualTo(ListFields.at(PlanFields.ITEMS, 0, PlanFields.LEAD_UNIT));
        assertThat(api.post("/api/plans", "staff-fgw", "{\"title\":\"非起草人\"}").status()).isEqualTo(403);
    }

    private long createPlan(String title) {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"%s","type":"工作推进方案","sections":[
                 {"outline":"一、","level":1,"heading":"指导思想","body":"以质量提升为主线。"},
                 {"outline":"二、","level":1,"heading":"工作目标","body":"完成各项任务。"}]}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private String status(long planId) {
        return api.get("/api/plans/" + planId, "drafter").json().path("status").asText();
    }


    private void complete(String username, String taskId, String body) {
        ApiClient.Response response = api.post("/api/tasks/" + taskId + "/complete", username, body);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private void passDeadlineOf(long planId, String unit) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(ConsultationProcess.KEY)
                .variableValueEquals(ConsultationProcess.VAR_PLAN_ID, planId)
                .variableValueEquals(ConsultationProcess.VAR_UNIT, unit).singleResult().getId();
        Job deadline = management.createJobQuery().processInstanceId(instance)
                .activityId(ConsultationProcess.BOUNDARY_DEADLINE).singleResult();
        management.executeJob(deadline.getId());
    }
}
