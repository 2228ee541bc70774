package org.planflow.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.planflow.consultation.ConsultationFields;
import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
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
 * The demo district's plans on their way to approval, on its first start: three days ago the drafter sent
 * the 争创 plan out for consultation (the development commission has answered, three units have not yet),
 * and the 质量强县 opinions passed the department review and wait for the leader.
 */
@Component
@Profile("demo")
@Order(2)
class DemoApprovals implements ApplicationRunner {

    static final String CONSULTED_PLAN = "争创质量强市先进区活动方案";
    static final String LEADER_PLAN = "关于开展质量强县工作的实施意见";
    static final List<String> CONSULTED_UNITS = List.of("fgw", "jxj", "zjj", "swj");
    private static final Logger log = LoggerFactory.getLogger(DemoApprovals.class);

    private final DemoDrafts drafts;
    private final DemoActions demo;
    private final PlanFlowClock clock;

    DemoApprovals(DemoDrafts drafts, DemoActions demo, PlanFlowClock clock) {
        this.drafts = drafts;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.onFirstStart(CONSULTED_PLAN, this::consult);
        drafts.onFirstStart(LEADER_PLAN, this::awaitLeader);
    }

    /** Sent out for consultation three days ago; one unit answered the day after. */
    void consult(long planId) {
        clock.moveTo(clock.instant().minus(Duration.ofDays(3)));
        try {
            demo.complete("drafter", planId, TaskKind.DRAFT, Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(),
                    PlanFields.CONSULT_UNITS, CONSULTED_UNITS, PlanFields.CONSULT_WORKING_DAYS, 10,
                    PlanFields.APPROVERS, List.of("leader")));
            demo.complete("reviewer", planId, TaskKind.DEPT_REVIEW, Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
            clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
            demo.complete("staff-fgw", planId, TaskKind.GIVE_OPINION, Map.of(TaskKinds.VAR_OUTCOME, Outcome.OPINIONS.value(),
                    ConsultationFields.OPINIONS, List.of(Map.of(ConsultationFields.SECTION, "三", ConsultationFields.TEXT,
                                    "建议将“质量强市先进区”创建目标与本区国民经济和社会发展规划的质量指标衔接，并明确年度考核分值。"),
                            Map.of(ConsultationFields.SECTION, "四", ConsultationFields.TEXT,
                                    "经费保障一节建议写明区财政每年安排的质量发展专项资金数额。"))));
        } finally {
            clock.reset();
        }
        log.info("Demo approvals: plan {} in consultation with {}", planId, CONSULTED_UNITS);
    }

    /** Submitted today to the leader alone, and passed by the department. */
    void awaitLeader(long planId) {
        demo.complete("drafter", planId, TaskKind.DRAFT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.APPROVERS, List.of("leader")));
        demo.complete("reviewer", planId, TaskKind.DEPT_REVIEW, Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value(),
                PlanFields.COMMENT, "内容完整，文字已校核，请领导审批。"));
        log.info("Demo approvals: plan {} waiting for the leader", planId);
    }

}
