package org.planflow.security;

import java.util.List;
import java.util.Optional;

/**
 * Which of the engine's processes and tasks are PlanFlow's, and where a PlanFlow task is done instead, so the
 * engine's own doors (/engine-rest, Cockpit, Tasklist) can refuse to change them. Told by the feature that knows
 * task kinds (the inbox), which this bottom module cannot ask directly.
 */
public interface PlanFlowProcesses {

    /** The kind the definition's task names ({@code shared.TaskKind} by name); empty for a task PlanFlow does not know. */
    Optional<String> taskKind(String processDefinitionId, String taskDefinitionKey);

    /** Whether any task of the definition names a kind: PlanFlow completes its tasks, so it owns its instances. */
    boolean isPlanFlows(String processDefinitionId);

    /** Where a user does the task in PlanFlow: the API call and the page. */
    List<String> completionRoutes(String taskId);
}
