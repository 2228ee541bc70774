package org.planflow.supervision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.DemoDrafts;
import org.planflow.plan.PlanListService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanStatus;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's supervision on its first start: the supervision office names the lead units of
 * some items of the issued 宝坻 plan (its import could not match the old department names), and the
 * market regulation bureau accepts its item, so supervisors and units find items in every state.
 */
@Component
@Profile("demo")
@Order(5)
class DemoSupervision implements ApplicationRunner {

    /** Item seq of the 宝坻 plan and the unit that now does what the old department did. */
    private static final Map<Integer, String> LEAD_UNITS = Map.of(1, "fgw", 4, "scjgj", 5, "scjgj", 7, "jxj", 8, "zjj");
    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

    private final PlanListService plans;
    private final ItemSearchService items;
    private final DemoActions demo;
    private final boolean enabled;

    DemoSupervision(PlanListService plans, ItemSearchService items, DemoActions demo,
                    @Value("${planflow.demo.plans:true}") boolean enabled) {
        this.plans = plans;
        this.items = items;
        this.demo = demo;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        Optional<List<SupervisedItem>> unassigned = demo.as("supervisor", () -> plans.search(new PlanQuery(PlanQuery.Scope.ALL,
                        "宝坻区质量兴区", PlanStatus.ISSUED, null), 0, 1).stream().findFirst()
                .map(plan -> items.ofPlan(plan.id()))
                .filter(planItems -> planItems.stream().allMatch(item -> item.status() == ItemStatus.ASSIGNED && item.measures() == null)
                        && planItems.stream().anyMatch(DemoSupervision::unassigned)));
        unassigned.ifPresent(this::stage);
    }

    private void stage(List<SupervisedItem> planItems) {
        for (SupervisedItem item : planItems) {
            String unit = LEAD_UNITS.get(item.seq());
            if (unassigned(item)) {
                complete(DemoDrafts.OFFICE, item, TaskKind.ASSIGN_LEAD_UNIT, Map.of(TaskKinds.VAR_OUTCOME, Outcome.ASSIGN.value(),
                        SupervisionFields.LEAD_UNIT, unit));
            }
        }
        planItems.stream().filter(item -> item.seq() == 4).findFirst().ifPresent(item ->
                demo.completeInProcess("staff-scjgj", item.processInstanceId(), TaskKind.ACCEPT_ASSIGNMENT, Map.of(
                        TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value(), SupervisionFields.MEASURES, "开展产品质量监督抽查，依法查处质量违法行为",
                        SupervisionFields.MILESTONES, List.of(Map.of(SupervisionFields.MILESTONE_TEXT, "完成年度监督抽查计划",
                                SupervisionFields.MILESTONE_DUE, item.dueDate().minusMonths(1).toString())),
                        SupervisionFields.RESPONSIBLE, "质量监督科 张科长")));
        log.info("Demo supervision: lead units named for the items of the issued plan its import could not match");
    }

    /** An item the supervision office names the lead unit of: one the import left without a district unit. */
    private static boolean unassigned(SupervisedItem item) {
        return LEAD_UNITS.containsKey(item.seq()) && (item.leadUnit() == null || !item.leadUnit().matched());
    }

    private void complete(String username, SupervisedItem item, TaskKind kind, Map<String, Object> fields) {
        if (!demo.completeInProcess(username, item.processInstanceId(), kind, fields)) {
            throw new IllegalStateException(username + " has no " + kind + " for item " + item.id());
        }
    }
}
