package org.planflow.circulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.DemoDrafts;
import org.planflow.plan.PlanService;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district acts out circulation on its first start, so the office and the townships find real
 * work: two weeks ago the 宝坻 plan was approved and forwarded to every township and street office;
 * some acknowledged, one read it, two refused (one already re-routed), the rest let the deadline pass
 * and now climb the escalation ladder.
 */
@Component
@Profile("demo")
@Order(4)
class DemoCirculation implements ApplicationRunner {

    static final String ISSUED_PLAN = "宝坻区质量兴区工作实施方案";
    private static final Logger log = LoggerFactory.getLogger(DemoCirculation.class);

    private final PlanService plans;
    private final DemoDrafts drafts;
    private final DemoActions demo;
    private final DemoIssuance issuance;
    private final PlanFlowClock clock;

    DemoCirculation(PlanService plans, DemoDrafts drafts, DemoActions demo, DemoIssuance issuance, PlanFlowClock clock) {
        this.plans = plans;
        this.drafts = drafts;
        this.demo = demo;
        this.issuance = issuance;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.onFirstStart(ISSUED_PLAN, this::stage);
    }

    /** Issues the plan two weeks back with a mix of answers. */
    void stage(long issuedPlan) {
        clock.moveTo(clock.instant().minus(Duration.ofDays(14)));
        try {
            drafts.approve(issuedPlan);
            issuance.issue(issuedPlan, IssueForm.FORWARD, RecipientGroup.ALL_TOWNSHIPS, RecipientGroup.ALL_STREETS);
            clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
            demo.as("staff-town-3", () -> plans.open(issuedPlan));
            for (String unit : List.of("town-2", "town-4", "street-1", "street-2")) {
                issuance.acknowledge("staff-" + unit, issuedPlan, unit);
            }
            demo.complete("staff-town-6", issuedPlan, TaskKind.ACKNOWLEDGE, Map.of(TaskKinds.VAR_OUTCOME, Outcome.REFUSE.value(),
                    CirculationFields.REASON, "本镇未设相关产业园区，该方案的责任单位应为区经信局"));
            demo.complete("staff-street-3", issuedPlan, TaskKind.ACKNOWLEDGE, Map.of(TaskKinds.VAR_OUTCOME, Outcome.REFUSE.value(),
                    CirculationFields.REASON, "涉及工程质量的任务应送区住房建设局"));
        } finally {
            clock.reset();
        }
        demo.complete("office", issuedPlan, TaskKind.REROUTE, task -> "street-3".equals(task.unit()),
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.REROUTE.value(), CirculationFields.UNIT, "zjj"));
        log.info("Demo circulation: plan {} issued two weeks ago with mixed acknowledgements", issuedPlan);
    }

}
