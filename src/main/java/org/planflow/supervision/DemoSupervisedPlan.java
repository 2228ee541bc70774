package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.calendar.Deadlines;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.circulation.DemoIssuance;
import org.planflow.circulation.IssueForm;
import org.planflow.circulation.RecipientGroup;
import org.planflow.inbox.DemoActions;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.DemoDrafts;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.process.DemoTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's plan under supervision, on its first start: early in the last quarter whose reports
 * are well overdue, the drafter adapted the Xining plan to the district's departments, it was approved and
 * issued to every department, and each lead unit accepted its item; then the quarters went by as
 * {@link DemoProgress} and {@link DemoQuarterlyReview} act them out, on the real rules and timers.
 */
@Component
@Profile("demo")
@Order(3)
class DemoSupervisedPlan implements ApplicationRunner {

    /** The district department that does each item (seq) of the city's plan. */
    static final Map<Integer, String> LEAD_UNITS = Map.ofEntries(Map.entry(1, "scjgj"), Map.entry(2, "zjj"),
            Map.entry(3, "swj"), Map.entry(4, "sthj"), Map.entry(5, "scjgj"), Map.entry(6, "jxj"), Map.entry(7, "scjgj"),
            Map.entry(8, "kjj"), Map.entry(9, "fgw"), Map.entry(10, "tjj"), Map.entry(11, "whlyj"));
    /** Days after a quarter's reports fell due that the demo needs to act the quarter out before today. */
    static final int QUARTER_STORY_DAYS = 8;
    private static final Logger log = LoggerFactory.getLogger(DemoSupervisedPlan.class);

    private final PlanService plans;
    private final DemoDrafts drafts;
    private final SupervisedItemService items;
    private final ItemSearchService search;
    private final ItemLightService lights;
    private final OrganizationService organization;
    private final DemoActions demo;
    private final DemoIssuance issuance;
    private final DemoTimeline timeline;
    private final DemoProgress progress;
    private final DemoQuarterlyReview review;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final SupervisionProperties properties;

    DemoSupervisedPlan(PlanService plans, DemoDrafts drafts, SupervisedItemService items, ItemSearchService search,
                       ItemLightService lights, OrganizationService organization, DemoActions demo, DemoIssuance issuance,
                       DemoTimeline timeline, DemoProgress progress, DemoQuarterlyReview review, Deadlines deadlines,
                       WorkingCalendar calendar, SupervisionProperties properties) {
        this.plans = plans;
        this.drafts = drafts;
        this.items = items;
        this.search = search;
        this.lights = lights;
        this.organization = organization;
        this.demo = demo;
        this.issuance = issuance;
        this.timeline = timeline;
        this.progress = progress;
        this.review = review;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        drafts.onFirstStart(DemoDrafts.SUPERVISED_PLAN, this::stage);
    }

    void stage(long planId) {
        long started = System.nanoTime();
        LocalDate today = items.today();
        Quarter reported = reportedQuarter(today);
        LocalDate issued = reported.start().plusDays(7);
        timeline.begin(at(issued, 9));
        try {
            adapt(planId, today.plusMonths(6).withDayOfMonth(1).minusDays(1));
            drafts.approve(planId);
            timeline.advanceTo(at(issued.plusDays(1), 10));
            issuance.issue(planId, IssueForm.ISSUE, RecipientGroup.ALL_DEPARTMENTS);
            timeline.advanceTo(at(issued.plusDays(2), 10));
            acknowledge(planId);
            timeline.advanceTo(at(issued.plusDays(3), 10));
            List<SupervisedItem> planItems = demo.as("supervisor", () -> search.ofPlan(planId));
            planItems.forEach(progress::accept);
            for (Quarter quarter = Quarter.of(issued); quarter.end().plusDays(1).isBefore(today); quarter = next(quarter)) {
                progress.quarter(planItems, quarter, reportDue(quarter), quarter.equals(reported));
                if (quarter.equals(reported)) {
                    review.circulate(planId, quarter, at(reportDue(quarter).plusDays(4), 9));
                }
            }
        } finally {
            timeline.end();
        }
        demo.as("supervisor", () -> {
            lights.refreshLights();
            return null;
        });
        log.info("Demo supervision: plan {} issued {} and supervised through {}, staged in {} ms", planId, issued, reported,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The last quarter that ended long enough ago for its reports, lateness, 督办单 and 通报 to be behind us. */
    Quarter reportedQuarter(LocalDate today) {
        Quarter quarter = Quarter.lastEndedBefore(today);
        while (!reportDue(quarter).plusDays(QUARTER_STORY_DAYS).isBefore(today)) {
            quarter = Quarter.of(quarter.start().minusDays(1));
        }
        return quarter;
    }

    private LocalDate reportDue(Quarter quarter) {
        return LocalDate.ofInstant(deadlines.workingDaysAfter(quarter.end(), properties.reportWorkingDays()).toInstant(),
                calendar.zone());
    }

    private static Quarter next(Quarter quarter) {
        return Quarter.of(quarter.end().plusDays(1));
    }

    Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(calendar.zone()).toInstant();
    }

    /**
     * The drafter gives each of the city's tasks to the district department that does it, due in half a year, two of them
     * with a numeric target.
     */
    private void adapt(long planId, LocalDate due) {
        demo.as("drafter", () -> {
            Map<String, OrgUnit> units = organization.units().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
            Plan plan = plans.get(planId);
            List<BreakdownItem> adapted = plan.items().stream().map(item -> {
                OrgUnit lead = units.get(LEAD_UNITS.getOrDefault(item.seq(), "scjgj"));
                List<UnitRef> coop = item.coopUnits().stream()
                        .filter(unit -> unit.matched() && !unit.code().equals(lead.code())).toList();
                return new BreakdownItem(item.seq(), item.category(), item.indicator(), item.score(), item.scoringMethod(),
                        new UnitRef(lead.code(), lead.name()), coop, due, null, List.of(), null, DemoProgress.targets(item.seq()));
            }).toList();
            return plans.replaceItems(planId, adapted, "按本区部门职责确定牵头单位，统一完成时限");
        });
    }

    /** Every department with a demo account acknowledges the next day. */
    private void acknowledge(long planId) {
        for (OrgUnit unit : demo.as("office", organization::units)) {
            String staff = "staff-" + unit.code();
            if (demo.exists(staff) && demo.hasTask(staff, planId, TaskKind.ACKNOWLEDGE)) {
                issuance.acknowledge(staff, planId, unit.code());
            }
        }
    }

}
