package org.planflow.circulation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.planflow.circulation.persistence.DeliveryRepository;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanQuery;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanSummary;
import org.planflow.security.RunAs;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
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
 * The demo district acts out circulation on its first start, so the office and the townships find real
 * work: two weeks ago the 宝坻 plan was approved and forwarded to every township and street office;
 * some acknowledged, one read it, two refused (one already re-routed), the rest let the deadline pass
 * and now climb the escalation ladder. The Xining plan was approved today and waits for the office.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCirculation implements ApplicationRunner {

    static final String ISSUED_PLAN = "宝坻区质量兴区工作实施方案";
    static final String APPROVED_PLAN = "西宁市推进质量强市战略";
    private static final Logger log = LoggerFactory.getLogger(DemoCirculation.class);

    private final PlanService plans;
    private final InboxService inbox;
    private final TaskCompletionService completion;
    private final OrganizationService organization;
    private final DeliveryRepository deliveries;
    private final PlanFlowClock clock;
    private final boolean enabled;

    DemoCirculation(PlanService plans, InboxService inbox, TaskCompletionService completion, OrganizationService organization,
                    DeliveryRepository deliveries, PlanFlowClock clock, @Value("${planflow.demo.plans:true}") boolean enabled) {
        this.plans = plans;
        this.inbox = inbox;
        this.completion = completion;
        this.organization = organization;
        this.deliveries = deliveries;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            find(ISSUED_PLAN).filter(plan -> plan.status() == PlanStatus.DRAFTING).ifPresent(issued ->
                    find(APPROVED_PLAN).filter(plan -> plan.status() == PlanStatus.DRAFTING)
                            .ifPresent(approved -> stage(issued.id(), approved.id())));
        }
    }

    /** Issues the first plan two weeks back with a mix of answers, and approves the second today. */
    void stage(long issuedPlan, long approvedPlan) {
        clock.moveTo(clock.instant().minus(Duration.ofDays(14)));
        try {
            approve(issuedPlan);
            act("office", issuedPlan, TaskKind.ISSUE, Map.of("outcome", Outcome.ISSUE.value(), "prefix", "区政办发",
                    "form", IssueForm.FORWARD.label(), "recipients", List.of(RecipientGroup.ALL_TOWNSHIPS.name(),
                            RecipientGroup.ALL_STREETS.name()), "ackWorkingDays", 3));
            clock.moveTo(clock.instant().plus(Duration.ofDays(1)));
            as("staff-town-3", () -> plans.open(issuedPlan));
            for (String unit : List.of("town-2", "town-4", "street-1", "street-2")) {
                act("staff-" + unit, issuedPlan, TaskKind.ACKNOWLEDGE, Map.of("outcome", Outcome.ACKNOWLEDGE.value()));
            }
            act("staff-town-6", issuedPlan, TaskKind.ACKNOWLEDGE, Map.of("outcome", Outcome.REFUSE.value(),
                    "reason", "本镇未设相关产业园区，该方案的责任单位应为区经信局"));
            act("staff-street-3", issuedPlan, TaskKind.ACKNOWLEDGE, Map.of("outcome", Outcome.REFUSE.value(),
                    "reason", "涉及工程质量的任务应送区住房建设局"));
        } finally {
            clock.reset();
        }
        long streetThree = deliveries.ofPlan(issuedPlan).stream()
                .filter(delivery -> delivery.unit().code().equals("street-3")).findFirst().orElseThrow().id();
        act("office", issuedPlan, TaskKind.REROUTE, Map.of("outcome", Outcome.REROUTE.value(), "unit", "zjj"), streetThree);
        approve(approvedPlan);
        log.info("Demo circulation: plan {} issued with mixed acknowledgements, plan {} waiting for issuance at {}",
                issuedPlan, approvedPlan, Instant.now());
    }

    private void approve(long planId) {
        act("drafter", planId, TaskKind.DRAFT, Map.of("outcome", Outcome.SUBMIT.value(), "approvers", List.of("leader")));
        act("reviewer", planId, TaskKind.DEPT_REVIEW, Map.of("outcome", Outcome.PASS.value()));
        act("leader", planId, TaskKind.LEADER_APPROVAL, Map.of("outcome", Outcome.APPROVE.value()));
    }

    private void act(String username, long planId, TaskKind kind, Map<String, Object> fields) {
        act(username, planId, kind, fields, null);
    }

    /** Completes the user's open task of that kind on the plan; for REROUTE, the one about this refused delivery. */
    private void act(String username, long planId, TaskKind kind, Map<String, Object> fields, Long refusedDelivery) {
        as(username, () -> {
            List<InboxEntry> tasks = inbox.tasksOfPlan(planId).stream().filter(task -> kind.is(task.kind())).toList();
            InboxEntry task = refusedDelivery == null ? tasks.get(0) : tasks.stream()
                    .filter(t -> t.unit().equals(deliveries.find(refusedDelivery).orElseThrow().unit().code()))
                    .findFirst().orElseThrow();
            completion.complete(task.id(), fields);
            return null;
        });
    }

    private java.util.Optional<PlanSummary> find(String title) {
        return as("drafter", () -> plans.search(new PlanQuery(PlanQuery.Scope.MINE, title, null, null), 0, 1)
                .stream().findFirst());
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        return RunAs.user(username, organization.findUser(username).orElseThrow().roles(), action);
    }
}
