package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Plans brought through the approval by the demo district's people, through the API, for later steps' tests. */
public final class TestPlans {

    private TestPlans() {
    }

    /** A new draft by {@code drafter} with two sections and two breakdown items; returns its id. */
    public static long draft(ApiClient api, String title) {
        ApiClient.Response created = api.post("/api/plans", "drafter", """
                {"title":"%s","type":"实施方案","sections":[
                 {"outline":"一、","level":1,"heading":"工作目标","body":"全面提升质量发展水平。"},
                 {"outline":"二、","level":1,"heading":"主要任务","body":"开展质量提升行动。"}],
                 "items":[{"category":"质量基础","indicator":"建设计量检测中心","score":10,"leadUnit":{"code":"scjgj"},
                           "coopUnits":[{"code":"fgw"}],"dueDate":"2026-06-30"},
                          {"category":"质量提升","indicator":"开展质量提升行动","score":5,"leadUnit":{"code":"jxj"}}]}"""
                .formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A draft submitted without consultation, passed by the reviewer and approved by {@code leader}: APPROVED. */
    public static long approved(ApiClient api, String title) {
        long planId = draft(api, title);
        approve(api, planId);
        return planId;
    }

    /** Submits the draft without consultation; the reviewer passes it and {@code leader} approves it. */
    public static void approve(ApiClient api, long planId) {
        complete(api, "drafter", api.taskOf("drafter", "DRAFT", planId), "{\"outcome\":\"submit\",\"approvers\":[\"leader\"]}");
        complete(api, "reviewer", api.taskOf("reviewer", "DEPT_REVIEW", planId), "{\"outcome\":\"pass\"}");
        complete(api, "leader", api.taskOf("leader", "LEADER_APPROVAL", planId), "{\"outcome\":\"approve\"}");
        assertThat(api.get("/api/plans/" + planId, "drafter").json().path("status").asText()).isEqualTo("APPROVED");
    }

    /** A new draft of the given JSON body, approved and issued by {@code office} (区政办发, 印发) to the recipients. */
    public static long issued(ApiClient api, String planJson, String recipientsJson) {
        ApiClient.Response created = api.post("/api/plans", "drafter", planJson);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long planId = created.json().path("id").asLong();
        issue(api, planId, recipientsJson);
        return planId;
    }

    /** Approves the draft and has {@code office} issue it (区政办发, 印发) to the recipients. */
    public static void issue(ApiClient api, long planId, String recipientsJson) {
        approve(api, planId);
        complete(api, "office", api.taskOf("office", "ISSUE", planId), "{\"outcome\":\"issue\",\"prefix\":\"区政办发\","
                + "\"form\":\"印发\",\"recipients\":" + recipientsJson + ",\"ackWorkingDays\":3}");
    }

    public static void complete(ApiClient api, String username, String taskId, String body) {
        ApiClient.Response response = api.post("/api/tasks/" + taskId + "/complete", username, body);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    /** The document numbers have the prefix and this year's form, and are distinct and without a gap. */
    public static void assertConsecutive(List<String> docNumbers, String prefix) {
        List<Integer> numbers = new ArrayList<>();
        for (String docNumber : docNumbers) {
            assertThat(docNumber).matches(prefix + "〔\\d{4}〕\\d+号");
            numbers.add(Integer.parseInt(docNumber.replaceAll(".*〕(\\d+)号", "$1")));
        }
        Collections.sort(numbers);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(docNumbers.size());
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("consecutive: %s", numbers).isEqualTo(numbers.size() - 1);
    }
}
