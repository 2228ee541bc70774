package org.planflow.benchmark;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.planflow.circulation.CirculationFields;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitType;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.security.RunAs;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city's people at work in this JVM, through PlanFlow's services as they would work through its pages: drafting,
 * submitting, reviewing, approving and issuing plans, and completing tasks from their inbox.
 */
final class CityWork {

    static final List<String> PREFIXES = List.of("区政办发", "区政办", "区政发");

    private final PlanService plans;
    private final TaskCompletionService completion;
    private final OrganizationService organization;
    private final JdbcClient jdbc;
    private final Map<String, List<String>> rolesOf = new ConcurrentHashMap<>();

    CityWork(ApplicationContext context) {
        this.plans = context.getBean(PlanService.class);
        this.completion = context.getBean(TaskCompletionService.class);
        this.organization = context.getBean(OrganizationService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** A draft by a drafter of one of slice k's departments. */
    long draft(int k, String title, List<BreakdownItem> items, Random random) {
        String department = CityNames.unitsOfSlice(k).stream().filter(unit -> unit.type() == UnitType.DEPARTMENT)
                .toList().get(random.nextInt(8)).code();
        String drafter = department + "-" + (2 + random.nextInt(2));
        return as(drafter, () -> plans.create(new PlanDraft(title, "实施方案", null, List.of(
                new PlanSection("一、", 1, "总体要求", "坚持目标导向和问题导向，统筹推进各项任务，确保取得实效。"),
                new PlanSection("二、", 1, "主要任务", "各责任单位按照任务分解表抓好落实，定期报送进展。"),
                new PlanSection("三、", 1, "保障措施", "加强组织领导，强化督查考核，营造良好氛围。")), items, null, null)).id());
    }

    /** Submitted (with consultation when units are given) and passed by the department's reviewer. */
    void submitAndPass(long planId, String approver, List<String> consult, int consultWorkingDays) {
        Map<String, Object> submit = new HashMap<>(Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(),
                PlanFields.APPROVERS, List.of(approver)));
        if (!consult.isEmpty()) {
            submit.put(PlanFields.CONSULT_UNITS, consult);
            submit.put(PlanFields.CONSULT_WORKING_DAYS, consultWorkingDays);
        }
        completeOnly(plans.load(planId).drafter(), planId, TaskKind.DRAFT, submit);
        completeOnly(plans.load(planId).leadUnit().code() + "-1", planId, TaskKind.DEPT_REVIEW,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
    }

    /** Submitted without consultation, passed and approved by slice k's leader: its ISSUE task waits. */
    void approve(int k, long planId) {
        submitAndPass(planId, CityNames.leader(k), List.of(), 0);
        completeOnly(CityNames.leader(k), planId, TaskKind.LEADER_APPROVAL, Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value()));
    }

    /**
     * The ISSUE form of an approved plan, under one of the three document types in turn: a type's number is held from its
     * issuance until that transaction commits (numbers without gaps), so only different types are issued side by side.
     */
    static Map<String, Object> issueForm(long planId, List<String> recipients, int ackWorkingDays, String addressees) {
        Map<String, Object> form = new LinkedHashMap<>(Map.of(TaskKinds.VAR_OUTCOME, Outcome.ISSUE.value(),
                CirculationFields.PREFIX, PREFIXES.get((int) (planId % PREFIXES.size())), CirculationFields.FORM, "印发",
                CirculationFields.RECIPIENTS, recipients, CirculationFields.ACK_WORKING_DAYS, ackWorkingDays));
        if (addressees != null) {
            form.put(CirculationFields.ADDRESSEES, addressees);
        }
        return form;
    }

    List<Map<String, Object>> openTasks(long planId, TaskKind kind) {
        return jdbc.sql("SELECT task_id, unit_code FROM inbox_task WHERE plan_id = ? AND kind = ? ORDER BY task_id")
                .params(planId, kind.name()).query().listOfRows();
    }

    /** The plan's one open task of the kind. */
    String onlyTask(long planId, TaskKind kind) {
        List<Map<String, Object>> tasks = openTasks(planId, kind);
        if (tasks.size() != 1) {
            throw new IllegalStateException("Plan " + planId + " has " + tasks.size() + " open " + kind + " tasks, not one");
        }
        return (String) tasks.get(0).get("task_id");
    }

    void completeOnly(String username, long planId, TaskKind kind, Map<String, Object> fields) {
        complete(username, onlyTask(planId, kind), fields);
    }

    void complete(String username, String taskId, Map<String, Object> fields) {
        as(username, () -> {
            completion.complete(taskId, new LinkedHashMap<>(fields));
            return null;
        });
    }

    <T> T as(String username, Supplier<T> action) {
        List<String> roles = rolesOf.computeIfAbsent(username, name -> List.copyOf(organization.findUser(name).orElseThrow().roles()));
        return RunAs.user(username, roles, action);
    }
}
