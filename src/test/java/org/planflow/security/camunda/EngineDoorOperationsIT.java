package org.planflow.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planflow.security.camunda.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.ExecutionRestService;
import org.camunda.bpm.engine.rest.ProcessDefinitionRestService;
import org.camunda.bpm.engine.rest.ProcessInstanceRestService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.circulation.process.CirculationProcess;
import org.planflow.security.EngineDoorProblem;
import org.planflow.security.PlanFlowProcesses;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Beyond tasks: a PlanFlow process instance, its executions and definitions are read-only through the engine's doors;
 * mass operations, messages and signals, a job's time, the engine's history and deployments are refused; a failed
 * job's retries stay repairable; and only ADMIN gets through the doors at all.
 */
@PlanFlowTest
class EngineDoorOperationsIT {

    /** One demo account per role that is not ADMIN. */
    private static final Map<String, String> NOT_ADMIN = Map.of(Roles.DRAFTER, "drafter", Roles.DEPT_REVIEWER, "reviewer",
            Roles.UNIT_STAFF, "staff-town-1", Roles.LEADER, "leader", Roles.OFFICE_CLERK, "office", Roles.SUPERVISOR, "supervisor",
            Roles.PLAN_OFFICE, "staff-scjgj");
    private static final String BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
              <process id="engineDoorsProbe" isExecutable="true"><startEvent id="start"/></process>
            </definitions>""";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanFlowProcesses processes;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void every_changing_call_on_a_planflow_process_instance_its_executions_and_its_definition_is_refused() {
        String instance = TestDeliveries.deliver(runtime, jdbc, "street-1", "引擎接口流程测试方案 " + System.nanoTime(), null);
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
        Map<String, String> values = Map.of("id", instance, "key", CirculationProcess.KEY, "varId", CirculationProcess.VAR_UNIT);
        List<CamundaRestResources.Call> calls = new ArrayList<>(CamundaRestResources.changing(ProcessInstanceRestService.class,
                "/process-instance/{id}"));
        calls.addAll(CamundaRestResources.changing(ExecutionRestService.class, "/execution/{id}"));
        List<CamundaRestResources.Call> definitionCalls = new ArrayList<>(CamundaRestResources.changing(
                ProcessDefinitionRestService.class, "/process-definition/{id}"));
        definitionCalls.addAll(CamundaRestResources.changing(ProcessDefinitionRestService.class, "/process-definition/key/{key}"));
        assertThat(calls).extracting(CamundaRestResources.Call::template).as("Camunda 7.24's resources").contains(
                "/process-instance/{id}", "/process-instance/{id}/variables", "/process-instance/{id}/variables/{varId}",
                "/process-instance/{id}/modification", "/process-instance/{id}/suspended", "/execution/{id}/localVariables",
                "/execution/{id}/signal", "/execution/{id}/messageSubscriptions/{messageName}/trigger");
        assertThat(definitionCalls).extracting(CamundaRestResources.Call::template).contains("/process-definition/{id}/start",
                "/process-definition/key/{key}/start", "/process-definition/key/{key}/submit-form", "/process-definition/{id}");
        // A value no other test gives a unit, so an instance started with it could only come from these calls.
        String marker = "door-" + System.nanoTime();
        String body = "{\"modifications\":{\"unitCode\":{\"value\":\"" + marker + "\"}},\"value\":\"" + marker + "\",\"suspended\":true,"
                + "\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + CirculationProcess.KEY + "\"}],\"variables\":{}}";

        for (CamundaRestResources.Call call : calls) {
            assertRefused(send(call.method(), "/engine-rest" + call.path(values), body), EngineDoorProblem.PLANFLOW_PROCESS, call.toString());
        }
        for (CamundaRestResources.Call call : definitionCalls) {
            String path = call.path(Map.of("id", definitionId, "key", CirculationProcess.KEY));
            assertRefused(send(call.method(), "/engine-rest" + path, body), EngineDoorProblem.PLANFLOW_PROCESS, call.toString());
        }
        CamundaWebappSession cockpit = new CamundaWebappSession(port, "admin");
        assertRefused(cockpit.send("DELETE", CamundaWebappSession.ENGINE_API + "/process-instance/" + instance, ""),
                EngineDoorProblem.PLANFLOW_PROCESS, "Cockpit cancels the instance");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count()).as("running").isEqualTo(1);
        assertThat(runtime.getVariable(instance, CirculationProcess.VAR_UNIT)).isEqualTo("street-1");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CirculationProcess.KEY).variableValueEquals(
                CirculationProcess.VAR_UNIT, marker).count()).as("nothing started with the bodies").isZero();
        assertThat(api.get("/engine-rest/process-instance/" + instance + "/variables", "admin").status()).as("reads pass").isEqualTo(200);
    }

    @Test
    void mass_operations_messages_signals_a_jobs_time_and_deleting_history_are_refused_while_retries_stay_repairable() {
        String instance = TestDeliveries.deliver(runtime, jdbc, "street-2", "引擎接口作业测试方案 " + System.nanoTime(), null);
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        Map<String, EngineDoorProblem> refused = new LinkedHashMap<>();
        Stream.of("POST /message", "POST /signal", "POST /condition", "POST /process-instance/delete",
                        "POST /process-instance/delete-historic-query-based", "POST /process-instance/variables-async",
                        "POST /process-instance/message-async", "PUT /process-instance/suspended", "POST /process-instance/suspended-async",
                        "POST /modification/execute", "POST /modification/executeAsync", "POST /migration/execute",
                        "POST /migration/executeAsync", "PUT /process-definition/suspended")
                .forEach(call -> refused.put(call, EngineDoorProblem.MASS_OPERATION));
        Stream.of("POST /job/" + timer.getId() + "/execute", "PUT /job/" + timer.getId() + "/duedate",
                        "POST /job/" + timer.getId() + "/duedate/recalculate", "PUT /job/" + timer.getId() + "/suspended",
                        "DELETE /job/" + timer.getId(), "PUT /job/suspended", "PUT /job-definition/suspended",
                        "PUT /job-definition/" + timer.getJobDefinitionId() + "/suspended")
                .forEach(call -> refused.put(call, EngineDoorProblem.JOB_TIME));
        Stream.of("DELETE /history/process-instance/" + instance, "DELETE /history/process-instance/" + instance + "/variable-instances",
                        "POST /history/process-instance/delete", "POST /history/process-instance/set-removal-time", "POST /history/cleanup",
                        "POST /history/decision-instance/delete", "POST /history/batch/set-removal-time", "DELETE /history/variable-instance/x")
                .forEach(call -> refused.put(call, EngineDoorProblem.HISTORY_KEPT));
        String body = "{\"messageName\":\"Message_QuarterlyReviewRequested\",\"name\":\"x\",\"processInstanceIds\":[\"" + instance
                + "\"],\"dueDate\":\"2020-01-01T00:00:00.000+0000\",\"suspended\":true,\"processDefinitionKey\":\"circulation\"}";

        refused.forEach((call, problem) -> {
            String[] methodAndPath = call.split(" ");
            assertRefused(send(methodAndPath[0], "/engine-rest" + methodAndPath[1], body), problem, call);
        });

        Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after).as("the acknowledgement deadline's timer is still there").isNotNull();
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.isSuspended()).isFalse();
        assertThat(api.get("/engine-rest/history/process-instance/" + instance, "admin").status()).isEqualTo(200);
        ApiClient.Response retries = api.put("/engine-rest/job/" + timer.getId() + "/retries", "admin", "{\"retries\":3}");
        assertThat(retries.status()).as("a failed job is retried: " + retries.body()).isEqualTo(204);
        for (String query : List.of("/process-instance", "/process-instance/count", "/execution", "/job", "/history/process-instance/count",
                "/history/task")) {
            ApiClient.Response answer = api.post("/engine-rest" + query + "?maxResults=1", "admin", "{}");
            assertThat(answer.status()).as("queries by POST pass: " + query + " " + answer.body()).isEqualTo(200);
        }
    }

    @Test
    void deploying_redeploying_and_deleting_deployments_are_refused_unless_the_development_profile_allows_them() {
        String deployment = repository.createDeploymentQuery().list().get(0).getId();
        long deployments = repository.createDeploymentQuery().count();

        assertThat(assertRefused(api.postFile("/engine-rest/deployment/create", "admin", "data", "probe.bpmn",
                BPMN.getBytes(StandardCharsets.UTF_8)), EngineDoorProblem.DEPLOYMENTS_OFF, "create").path("detail").asText())
                .contains(EngineDoors.DEPLOYMENTS_PROPERTY);
        assertRefused(api.post("/engine-rest/deployment/" + deployment + "/redeploy", "admin", "{}"), EngineDoorProblem.DEPLOYMENTS_OFF,
                "redeploy");
        assertRefused(api.delete("/engine-rest/deployment/" + deployment, "admin"), EngineDoorProblem.DEPLOYMENTS_OFF, "delete");
        assertRefused(new CamundaWebappSession(port, "admin").send("DELETE", CamundaWebappSession.ENGINE_API + "/deployment/"
                + deployment, ""), EngineDoorProblem.DEPLOYMENTS_OFF, "Cockpit deletes the deployment");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("engineDoorsProbe").count()).isZero();

        EngineDoors development = new EngineDoors(true, processes, taskService, runtime, repository);
        assertThat(development.refusal("POST", "/engine-rest/deployment/create")).isEmpty();
        assertThat(development.refusal("DELETE", "/camunda/api/engine/engine/default/deployment/" + deployment)).isEmpty();
    }

    @Test
    void only_admin_passes_the_doors_anonymous_callers_get_401_and_every_other_role_403() {
        assertThat(NOT_ADMIN.keySet()).as("every role but ADMIN is walked")
                .isEqualTo(Roles.ALL.stream().filter(role -> !Roles.ADMIN.equals(role)).collect(Collectors.toSet()));
        for (String path : List.of("/engine-rest/engine", "/engine-rest/task/count")) {
            ApiClient.Response anonymous = api.anonymousGet(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.anonymousGet(CamundaWebappSession.ENGINE_API + "/task/count").status()).isEqualTo(401);
        assertThat(api.anonymousGet("/camunda/app/cockpit/default/").location()).as("a page sends to the login").endsWith("/login");
        NOT_ADMIN.forEach((role, username) -> {
            for (String path : List.of("/engine-rest/engine", CamundaWebappSession.ENGINE_API + "/task/count",
                    "/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/")) {
                assertThat(api.get(path, username).status()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(api.post("/engine-rest/task/create", username, "{\"id\":\"not-" + username + "\"}").status()).as(role).isEqualTo(403);
        });
        assertThat(taskService.createTaskQuery().taskIdIn(NOT_ADMIN.values().stream().map(user -> "not-" + user).toArray(String[]::new))
                .count()).isZero();
        assertThat(api.get("/engine-rest/engine", "admin").status()).isEqualTo(200);
        assertThat(api.get(CamundaWebappSession.ENGINE_API + "/task/count", "admin").status()).isEqualTo(200);
    }

    private ApiClient.Response send(String method, String path, String body) {
        return switch (method) {
            case "POST" -> api.post(path, "admin", body);
            case "PUT" -> api.put(path, "admin", body);
            case "DELETE" -> api.delete(path, "admin");
            default -> throw new IllegalArgumentException(method);
        };
    }
}
