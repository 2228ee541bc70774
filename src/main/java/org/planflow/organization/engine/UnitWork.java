package org.planflow.organization.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.planflow.organization.Groups;
import org.planflow.organization.OpenWork;
import org.planflow.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * What the engine holds for a unit or a person: the open work that keeps a unit from being disabled,
 * and the tasks a disabled person leaves behind.
 */
@Component
public class UnitWork {

    /** The variables every PlanFlow process sets (see inbox.TaskKinds): the unit it works for, and the plan's title. */
    private static final String VAR_UNIT = "unitCode";
    private static final String VAR_PLAN_TITLE = "planTitle";
    /** Enough to name what to reassign; a unit with more has to be cleared in Cockpit anyway. */
    private static final int MAX_LISTED = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    UnitWork(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * The unit's open tasks (offered to any of its groups, or assigned to one of its people), then the
     * processes that work for the unit without an open task of it at the moment, oldest first.
     */
    public List<OpenWork> of(String unitCode, Collection<String> members) {
        Map<String, Task> open = new LinkedHashMap<>();
        tasks.createTaskQuery().taskCandidateGroupIn(groupsOf(unitCode)).includeAssignedTasks()
                .orderByTaskCreateTime().asc().listPage(0, MAX_LISTED)
                .forEach(task -> open.put(task.getId(), task));
        if (!members.isEmpty()) {
            tasks.createTaskQuery().taskAssigneeIn(members.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().listPage(0, MAX_LISTED)
                    .forEach(task -> open.putIfAbsent(task.getId(), task));
        }
        Map<String, String> titles = new HashMap<>();
        List<OpenWork> work = new ArrayList<>();
        for (Task task : open.values()) {
            work.add(new OpenWork(OpenWork.TASK, task.getId(), task.getName(), title(task.getProcessInstanceId(), titles),
                    task.getAssignee()));
        }
        Set<String> withTasks = open.values().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().variableValueEquals(VAR_UNIT, unitCode)
                .orderByProcessInstanceId().asc().listPage(0, MAX_LISTED)) {
            if (!withTasks.contains(instance.getId())) {
                String name = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
                work.add(new OpenWork(OpenWork.PROCESS, instance.getId(), name == null ? instance.getBusinessKey() : name,
                        title(instance.getId(), titles), null));
            }
        }
        return work;
    }

    /**
     * Gives the person's tasks back to the unit: a claimed task is unclaimed and stays offered to its
     * groups; a task meant for the person alone (a draft, an approval) is offered to their unit instead.
     * Returns the names of the tasks given back.
     */
    public List<String> release(String username, String unitCode) {
        List<String> released = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().taskAssignee(username).list()) {
            boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
            if (!offered) {
                tasks.addCandidateGroup(task.getId(), Groups.ofUnit(unitCode));
            }
            tasks.setAssignee(task.getId(), null);
            released.add(task.getName());
        }
        return released;
    }

    private String title(String processInstanceId, Map<String, String> titles) {
        if (processInstanceId == null) {
            return null;
        }
        return titles.computeIfAbsent(processInstanceId, id -> {
            Object title = runtime.getVariable(id, VAR_PLAN_TITLE);
            return title == null ? null : title.toString();
        });
    }

    private static List<String> groupsOf(String unitCode) {
        List<String> groups = new ArrayList<>(List.of(Groups.ofUnit(unitCode), Groups.ofUnitHead(unitCode)));
        Roles.ALL.forEach(role -> groups.add(Groups.ofUnitRole(unitCode, role)));
        return groups;
    }
}
