package org.planflow.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planflow.security.camunda.Refusals.assertRefused;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.TaskRestService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.LadderSteps;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.assessment.TestAssessments;
import org.planflow.circulation.TestDeliveries;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.security.EngineDoorProblem;
import org.planflow.security.EngineOperationPerformed;
import org.planflow.security.PlanFlowProcesses;
import org.planflow.shared.TaskKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator completing or changing a PlanFlow task through Camunda REST or Tasklist is refused and sent to
 * PlanFlow's own route, so the task's rules cannot be skipped; tasks outside PlanFlow keep working; every change
 * through the engine's doors is published for the audit trail.
 */
@PlanFlowTest
class EngineDoorTasksIT {

    private static final String ACKNOWLEDGE = "{\"variables\":{\"outcome\":{\"value\":\"acknowledge\"}}}";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanFlowProcesses processes;
    @Autowired
    ApplicationContext context;

    ApiClient api;
    final List<EngineOperationPerformed> published = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof EngineOperationPerformed operation) {
            published.add(operation);
        }
    };

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        multicaster().addApplicationListener(recorder);
    }

    @AfterEach
    void stop() {
        multicaster().removeApplicationListener(recorder);
    }

    @Test
    void an_acknowledgement_completed_through_engine_rest_or_tasklist_is_refused_and_the_delivery_waits_for_planflow() {
        Delivery delivery = deliver("town-2");
        String complete = "/api/tasks/" + delivery.taskId() + "/complete";

        JsonNode rest = assertRefused(api.post("/engine-rest/task/" + delivery.taskId() + "/complete", "admin", ACKNOWLEDGE),
                EngineDoorProblem.PLANFLOW_TASK, "engine-rest complete");
        assertThat(rest.path("detail").asText()).contains("POST " + complete, "/tasks/" + delivery.taskId(), "ACKNOWLEDGE");
        CamundaWebappSession tasklist = new CamundaWebappSession(port, "admin");
        JsonNode submitted = assertRefused(tasklist.send("POST", CamundaWebappSession.ENGINE_API + "/task/" + delivery.taskId()
                + "/submit-form", ACKNOWLEDGE), EngineDoorProblem.PLANFLOW_TASK, "Tasklist submit-form");
        assertThat(submitted.path("detail").asText()).contains("POST " + complete, "/tasks/" + delivery.taskId());

        assertThat(TestDeliveries.statuses(api, delivery.planId())).containsEntry("town-2", "PENDING");
        assertThat(api.get("/engine-rest/task/" + delivery.taskId(), "admin").status()).as("reads pass").isEqualTo(200);
        assertThat(api.taskOf("staff-town-2", "ACKNOWLEDGE", delivery.planId())).isEqualTo(delivery.taskId());
        TestPlans.complete(api, "staff-town-2", delivery.taskId(), "{\"outcome\":\"acknowledge\"}");
        assertThat(TestDeliveries.statuses(api, delivery.planId())).containsEntry("town-2", "ACKNOWLEDGED");
    }

    @Test
    void the_offices_scoring_completed_through_engine_rest_or_tasklist_is_refused_and_the_assessment_stays_in_scoring() {
        TestAssessments.Opened opened = TestAssessments.open(api, "引擎接口评分测试方案 " + System.nanoTime());
        TestAssessments.selfAssessed(api, opened);
        String taskId = api.taskOf("supervisor", "SCORE_ASSESSMENT", opened.planId());
        String submit = "{\"variables\":{\"outcome\":{\"value\":\"submit\"}}}";

        JsonNode rest = assertRefused(api.post("/engine-rest/task/" + taskId + "/complete", "admin", submit),
                EngineDoorProblem.PLANFLOW_TASK, "engine-rest complete");
        assertThat(rest.path("detail").asText()).contains("POST /api/tasks/" + taskId + "/complete", "/tasks/" + taskId);
        assertRefused(new CamundaWebappSession(port, "admin").send("POST", CamundaWebappSession.ENGINE_API + "/task/" + taskId
                + "/submit-form", submit), EngineDoorProblem.PLANFLOW_TASK, "Tasklist submit-form");

        assertThat(assessmentStatus(opened)).isEqualTo("SCORING");
        assertThat(api.taskOf("supervisor", "SCORE_ASSESSMENT", opened.planId())).isEqualTo(taskId);
        TestPlans.complete(api, "supervisor", taskId, "{\"outcome\":\"submit\",\"scores\":[]}");
        assertThat(assessmentStatus(opened)).isEqualTo("APPROVAL");
    }

    @Test
    void every_changing_call_of_camundas_task_resource_is_refused_on_a_planflow_task_through_both_doors() {
        Delivery delivery = deliver("town-3");
        List<CamundaRestResources.Call> calls = CamundaRestResources.changing(TaskRestService.class, "/task/{id}");
        assertThat(calls).extracting(CamundaRestResources.Call::template).as("Camunda 7.24's task resource").contains(
                "/task/{id}/complete", "/task/{id}/submit-form", "/task/{id}/resolve", "/task/{id}/claim", "/task/{id}/unclaim",
                "/task/{id}/assignee", "/task/{id}/delegate", "/task/{id}", "/task/{id}/variables/{varId}",
                "/task/{id}/localVariables", "/task/{id}/identity-links", "/task/{id}/identity-links/delete",
                "/task/{id}/bpmnError", "/task/{id}/bpmnEscalation", "/task/{id}/comment/create", "/task/{id}/attachment/create");
        CamundaWebappSession tasklist = new CamundaWebappSession(port, "admin");
        String body = "{\"userId\":\"admin\",\"value\":\"acknowledge\",\"modifications\":{\"outcome\":{\"value\":\"acknowledge\"}},"
                + "\"type\":\"candidate\",\"groupId\":\"role-admin\",\"errorCode\":\"x\",\"escalationCode\":\"x\",\"message\":\"x\"}";

        for (CamundaRestResources.Call call : calls) {
            String path = call.path(Map.of("id", delivery.taskId(), "varId", CirculationProcess.VAR_DELIVERY_ID));
            assertRefused(engineRest(call.method(), path, body), EngineDoorProblem.PLANFLOW_TASK, "engine-rest " + call);
            assertRefused(tasklist.send(call.method(), CamundaWebappSession.ENGINE_API + path, body), EngineDoorProblem.PLANFLOW_TASK,
                    "Tasklist " + call);
        }

        JsonNode task = api.get("/engine-rest/task/" + delivery.taskId(), "admin").json();
        assertThat(task.path("assignee").isNull()).as("unclaimed").isTrue();
        assertThat(task.path("delegationState").isNull()).isTrue();
        assertThat(api.get("/engine-rest/task/" + delivery.taskId() + "/identity-links", "admin").json().findValuesAsText("groupId"))
                .containsExactly("town-3");
        assertThat(runtime.getVariables(delivery.processInstanceId())).containsEntry(CirculationProcess.VAR_DELIVERY_ID, delivery.deliveryId())
                .doesNotContainKey(CirculationProcess.VAR_OUTCOME);
        assertThat(taskService.getTaskComments(delivery.taskId())).isEmpty();
        assertThat(TestDeliveries.statuses(api, delivery.planId())).containsEntry("town-3", "PENDING");
    }

    @Test
    void the_same_call_spelled_another_way_is_refused_too() {
        Delivery delivery = deliver("town-6");
        for (String path : List.of("/engine-rest/engine/default/task/" + delivery.taskId() + "/complete",
                "/engine-rest/task/" + delivery.taskId() + "/complete/",
                "/engine-rest/task/" + delivery.taskId().replace("-", "%2D") + "/complete")) {
            assertRefused(api.post(path, "admin", ACKNOWLEDGE), EngineDoorProblem.PLANFLOW_TASK, path);
        }
        for (String path : List.of("/engine-rest//task/" + delivery.taskId() + "/complete",
                "/engine-rest/task/" + delivery.taskId() + ";v=1/complete")) {
            ApiClient.Response response = api.post(path, "admin", ACKNOWLEDGE);
            // turned away before the guard by Spring Security's firewall: 400, or 302 to the error page
            assertThat(response.status()).as(path + " " + response.body()).isIn(302, 400);
        }
        assertThat(taskService.createTaskQuery().taskId(delivery.taskId()).count()).as("still open").isEqualTo(1);
        assertThat(TestDeliveries.statuses(api, delivery.planId())).containsEntry("town-6", "PENDING");
    }

    @Test
    void reads_of_a_planflow_task_pass_through_both_doors() {
        Delivery delivery = deliver("town-4");

        assertThat(api.get("/engine-rest/task/" + delivery.taskId() + "/variables", "admin").json()
                .path(CirculationProcess.VAR_DELIVERY_ID).path("value").asLong()).isEqualTo(delivery.deliveryId());
        ApiClient.Response query = api.post("/engine-rest/task", "admin", "{\"processInstanceId\":\"" + delivery.processInstanceId() + "\"}");
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        assertThat(query.json().findValuesAsText("id")).containsExactly(delivery.taskId());
        ApiClient.Response count = new CamundaWebappSession(port, "admin").send("POST", CamundaWebappSession.ENGINE_API + "/task/count",
                "{\"processInstanceId\":\"" + delivery.processInstanceId() + "\"}");
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        assertThat(count.json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void a_task_outside_planflow_is_claimed_and_completed_through_both_doors() {
        String restTask = "engine-doors-rest-" + System.nanoTime();
        assertThat(api.post("/engine-rest/task/create", "admin", "{\"id\":\"" + restTask + "\",\"name\":\"核对台账\"}").status()).isEqualTo(204);
        assertThat(api.post("/engine-rest/task/" + restTask + "/claim", "admin", "{\"userId\":\"admin\"}").status()).isEqualTo(204);
        assertThat(api.post("/engine-rest/task/" + restTask + "/complete", "admin", "{}").status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(restTask).count()).isZero();

        CamundaWebappSession tasklist = new CamundaWebappSession(port, "admin");
        String tasklistTask = "engine-doors-tasklist-" + System.nanoTime();
        assertThat(tasklist.send("POST", CamundaWebappSession.ENGINE_API + "/task/create", "{\"id\":\"" + tasklistTask + "\"}").status())
                .isEqualTo(204);
        assertThat(tasklist.send("POST", CamundaWebappSession.ENGINE_API + "/task/" + tasklistTask + "/submit-form", "{\"variables\":{}}")
                .status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(tasklistTask).count()).isZero();
    }

    @Test
    void every_change_through_the_doors_refused_or_not_is_published_with_who_what_and_the_answer_and_reads_are_not() {
        Delivery delivery = deliver("town-5");
        String refused = "/engine-rest/task/" + delivery.taskId() + "/claim";
        String passed = "/engine-rest/task/create";

        api.post(refused, "admin", "{\"userId\":\"admin\"}");
        api.post(passed, "admin", "{\"id\":\"engine-doors-audit-" + System.nanoTime() + "\"}");
        api.get("/engine-rest/task/" + delivery.taskId(), "admin");
        new CamundaWebappSession(port, "admin").send("POST", CamundaWebappSession.ENGINE_API + "/task/count", "{}");

        LadderSteps.awaitUntil(() -> published.size() >= 3);
        assertThat(published).extracting(EngineOperationPerformed::method, EngineOperationPerformed::path, EngineOperationPerformed::status)
                .containsExactlyInAnyOrder(tuple("POST", refused, 403), tuple("POST", passed, 204),
                        tuple("POST", CamundaWebappSession.ENGINE_API + "/task/count", 200));
        assertThat(published).allSatisfy(operation -> {
            assertThat(operation.username()).isEqualTo("admin");
            assertThat(operation.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(operation.at()).isNotNull();
        });
    }

    @Test
    void the_doors_know_every_task_kind_of_every_deployed_process_as_planflows() {
        Set<String> recognised = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            assertThat(processes.isPlanFlows(definition.getId())).as(definition.getKey()).isTrue();
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                recognised.add(processes.taskKind(definition.getId(), task.getId())
                        .orElseThrow(() -> new AssertionError(definition.getKey() + " " + task.getId() + " is not recognised")));
            }
        }
        assertThat(recognised).containsAll(Arrays.stream(TaskKind.values()).map(TaskKind::name).toList());
    }

    private record Delivery(String processInstanceId, String taskId, long planId, long deliveryId) {
    }

    private Delivery deliver(String unit) {
        String instance = TestDeliveries.deliver(runtime, jdbc, unit, "引擎接口签收测试方案 " + System.nanoTime(), null);
        String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        return new Delivery(instance, taskId, (Long) runtime.getVariable(instance, CirculationProcess.VAR_PLAN_ID),
                (Long) runtime.getVariable(instance, CirculationProcess.VAR_DELIVERY_ID));
    }

    private ApiClient.Response engineRest(String method, String path, String body) {
        return switch (method) {
            case "POST" -> api.post("/engine-rest" + path, "admin", body);
            case "PUT" -> api.put("/engine-rest" + path, "admin", body);
            case "DELETE" -> api.delete("/engine-rest" + path, "admin");
            default -> throw new IllegalArgumentException(method);
        };
    }

    private String assessmentStatus(TestAssessments.Opened opened) {
        return api.get("/api/assessments/" + opened.assessmentId(), "supervisor").json().path("assessment").path("status").asText();
    }

    private ApplicationEventMulticaster multicaster() {
        return context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
    }
}
