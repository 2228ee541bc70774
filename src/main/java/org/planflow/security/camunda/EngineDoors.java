package org.planflow.security.camunda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.planflow.security.EngineDoorProblem;
import org.planflow.security.PlanFlowProcesses;
import org.springframework.web.util.UriUtils;

/**
 * What a changing call through the engine's doors may not do (docs/security.md, "The engine's own doors"): change a
 * PlanFlow task, instance, execution or process definition, reach PlanFlow's processes in bulk or by message, signal
 * or condition, move a job's time, delete the engine's history, or deploy where deployments are off. Everything else,
 * reads included, passes to Camunda. Paths are Camunda REST's, read from its resources in camunda-engine-rest 7.24.
 */
class EngineDoors {

    static final String DEPLOYMENTS_PROPERTY = "planflow.engine.deployments-allowed";

    /** Operations on many process instances at once, chosen by a query or a list in the body. */
    private static final Set<String> MASS_INSTANCE_OPERATIONS = Set.of("delete", "delete-historic-query-based",
            "variables-async", "message-async", "suspended", "suspended-async");
    private static final Set<String> HISTORY_REMOVALS = Set.of("delete", "set-removal-time", "cleanup");
    private static final Set<String> JOB_REPAIRS = Set.of("retries", "priority");

    record Refusal(EngineDoorProblem problem, List<String> values) {

        Refusal(EngineDoorProblem problem, String... values) {
            this(problem, List.of(values));
        }

        String detail() {
            return problem.english(values);
        }
    }

    private final boolean deploymentsAllowed;
    private final PlanFlowProcesses processes;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    EngineDoors(boolean deploymentsAllowed, PlanFlowProcesses processes, TaskService tasks, RuntimeService runtime,
                RepositoryService repository) {
        this.deploymentsAllowed = deploymentsAllowed;
        this.processes = processes;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** The refusal of a changing call (any method but GET, HEAD, OPTIONS) to a path below the context path. */
    Optional<Refusal> refusal(String method, String path) {
        List<String> resource = engineResource(path);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        String root = resource.get(0);
        String id = resource.size() > 1 ? resource.get(1) : null;
        List<String> below = resource.size() > 2 ? resource.subList(2, resource.size()) : List.of();
        String last = resource.get(resource.size() - 1);
        String operation = method + " /" + String.join("/", resource);
        boolean delete = "DELETE".equals(method);
        return switch (root) {
            case "task" -> id == null ? Optional.empty() : planFlowTask(id);
            case "process-instance" -> id != null && below.isEmpty() && MASS_INSTANCE_OPERATIONS.contains(id)
                    ? refuse(EngineDoorProblem.MASS_OPERATION, operation) : planFlowInstance(id, "process instance", id);
            case "execution" -> id == null ? Optional.empty() : planFlowExecution(id);
            case "process-definition" -> processDefinition(id, below, operation);
            case "message", "signal", "condition" -> refuse(EngineDoorProblem.MASS_OPERATION, operation);
            case "modification", "migration" -> "execute".equals(id) || "executeAsync".equals(id)
                    ? refuse(EngineDoorProblem.MASS_OPERATION, operation) : Optional.empty();
            case "job" -> id != null && (below.isEmpty() ? delete || "suspended".equals(id) : !JOB_REPAIRS.contains(below.get(0)))
                    ? refuse(EngineDoorProblem.JOB_TIME, operation) : Optional.empty();
            case "job-definition" -> "suspended".equals(last) ? refuse(EngineDoorProblem.JOB_TIME, operation) : Optional.empty();
            case "history" -> delete || HISTORY_REMOVALS.contains(last)
                    ? refuse(EngineDoorProblem.HISTORY_KEPT, operation) : Optional.empty();
            case "deployment" -> deploymentsAllowed
                    ? Optional.empty() : refuse(EngineDoorProblem.DEPLOYMENTS_OFF, DEPLOYMENTS_PROPERTY);
            default -> Optional.empty();
        };
    }

    /**
     * The engine resource a path addresses, in decoded segments below the engine: /engine-rest/…,
     * /engine-rest/engine/{name}/… and the web apps' /camunda/api/engine/engine/{name}/…; empty for any other path.
     */
    static List<String> engineResource(String path) {
        List<String> segments = Arrays.stream(path.split("/"))
                // Jersey matches a segment without its matrix parameters (;name=value)
                .map(segment -> UriUtils.decode(segment.split(";", -1)[0], StandardCharsets.UTF_8))
                .filter(segment -> !segment.isEmpty()).toList();
        if (startsWith(segments, "engine-rest")) {
            List<String> below = segments.subList(1, segments.size());
            return below.size() >= 2 && "engine".equals(below.get(0)) ? below.subList(2, below.size()) : below;
        }
        if (startsWith(segments, "camunda", "api", "engine", "engine") && segments.size() > 5) {
            return segments.subList(5, segments.size());
        }
        return List.of();
    }

    private Optional<Refusal> planFlowTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        return processes.taskKind(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).map(kind -> {
            List<String> routes = processes.completionRoutes(taskId);
            return new Refusal(EngineDoorProblem.PLANFLOW_TASK, taskId, kind, routes.get(0), routes.get(1));
        });
    }

    private Optional<Refusal> planFlowExecution(String executionId) {
        return Optional.ofNullable(runtime.createExecutionQuery().executionId(executionId).singleResult())
                .map(Execution::getProcessInstanceId).flatMap(instance -> planFlowInstance(instance, "execution", executionId));
    }

    private Optional<Refusal> planFlowInstance(String processInstanceId, String what, String id) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult())
                .map(ProcessInstance::getProcessDefinitionId)
                .flatMap(definitionId -> planFlowDefinition(repository.getProcessDefinition(definitionId), what, id));
    }

    private Optional<Refusal> processDefinition(String id, List<String> below, String operation) {
        if (id == null) {
            return Optional.empty();
        }
        if ("suspended".equals(id) && below.isEmpty()) {
            return refuse(EngineDoorProblem.MASS_OPERATION, operation);
        }
        if ("key".equals(id)) {
            return below.isEmpty() ? Optional.empty() : repository.createProcessDefinitionQuery().processDefinitionKey(below.get(0))
                    .list().stream().flatMap(definition -> planFlowDefinition(definition, "process definition", below.get(0)).stream())
                    .findFirst();
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult())
                .flatMap(definition -> planFlowDefinition(definition, "process definition", id));
    }

    private Optional<Refusal> planFlowDefinition(ProcessDefinition definition, String what, String id) {
        return processes.isPlanFlows(definition.getId())
                ? refuse(EngineDoorProblem.PLANFLOW_PROCESS, what, id, definition.getKey()) : Optional.empty();
    }

    private static Optional<Refusal> refuse(EngineDoorProblem problem, String... values) {
        return Optional.of(new Refusal(problem, values));
    }

    private static boolean startsWith(List<String> segments, String... prefix) {
        return segments.size() >= prefix.length && segments.subList(0, prefix.length).equals(List.of(prefix));
    }
}
