package org.planflow.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.planflow.assessment.AssessmentService;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.deadline.TaskDeadlineService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitForm;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.Quarter;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.SupervisionFields;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the benchmark city through PlanFlow's own services and process engine, as its people would: units and
 * accounts by the administrator, plans drafted, submitted, reviewed, consulted, approved and issued, deliveries
 * acknowledged, items accepted and reported, quarterly reviews approved and read, assessments opened. Part of each
 * slice is lived in the past quarter (the clock moved back, then forward with every timer that fell due run on the
 * way), so the city has overdue work that climbed the whole escalation ladder. Work runs on {@link #WORKERS} threads.
 *
 * <p>Deadlines: the city's administrator gives every step {@link #DEADLINE_WORKING_DAYS} working days and issues with
 * 30, so nothing generated today falls due within {@link CityDatabase#FRESH_WORKING_DAYS} working days; the escalation
 * benchmark then moves the clock over its own short-deadline tasks only.
 */
final class CityGenerator {

    static final int WORKERS = 3;
    static final int DEADLINE_WORKING_DAYS = 40;
    static final int LIVE_DELIVERIES_PER_SLICE = 12_000;
    static final int MAX_RECIPIENTS = 300;
    static final int SUPERVISED_PLANS = 15;
    static final int ITEMS_PER_PLAN = 20;
    static final int SUPERVISED_RECIPIENTS = 50;
    static final int REVIEWED_PLANS = 10;
    static final int CONSULTED_PLANS = 15;
    static final int CONSULTED_UNITS = 20;
    static final int DRAFTS = 20;
    static final int IN_REVIEW = 15;
    static final int IN_APPROVAL = 10;
    static final int APPROVED = 5;
    static final int ASSESSED = 5;
    static final String ADDRESSEES = "各有关单位";

    private final PlanService plans;
    private final OrganizationService organization;
    private final CityWork work;
    private final UnitAdminService unitAdmin;
    private final UserAdminService userAdmin;
    private final TaskDeadlineService deadlines;
    private final QuarterlyReviewService reviews;
    private final AssessmentService assessments;
    private final ManagementService management;
    private final PlanFlowClock clock;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final Workers workers = new Workers(WORKERS);
    private final Map<String, String> clerkOf = new ConcurrentHashMap<>();

    CityGenerator(ApplicationContext context) {
        this.plans = context.getBean(PlanService.class);
        this.work = new CityWork(context);
        this.organization = context.getBean(OrganizationService.class);
        this.unitAdmin = context.getBean(UnitAdminService.class);
        this.userAdmin = context.getBean(UserAdminService.class);
        this.deadlines = context.getBean(TaskDeadlineService.class);
        this.reviews = context.getBean(QuarterlyReviewService.class);
        this.assessments = context.getBean(AssessmentService.class);
        this.management = context.getBean(ManagementService.class);
        this.clock = context.getBean(PlanFlowClock.class);
        this.calendar = context.getBean(WorkingCalendar.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** What building some slices took: wall time and how much of each thing came about. */
    record Speed(int fromSlice, int toSlice, double seconds, long units, long users, long plans, long tasksCreated,
                 long openTasks, long historyRows) {

        String describe() {
            return "slices %d-%d in %.0f s: %d units (%.1f/s), %d users (%.1f/s), %d plans, %d tasks created (%.0f/s), %d open, %d history rows (%.0f/s)"
                    .formatted(fromSlice, toSlice, seconds, units, units / seconds, users, users / seconds, plans, tasksCreated,
                            tasksCreated / seconds, openTasks, historyRows, historyRows / seconds);
        }
    }

    /** Builds slices {@code from} to {@code to} (1-based) onto what the database holds. */
    Speed build(int from, int to) {
        CityCounts before = CityCounts.of(jdbc);
        long started = System.nanoTime();
        try {
            if (from == 1) {
                as("admin", () -> {
                    for (TaskKind kind : TaskKind.values()) {
                        deadlines.set(kind.name(), DEADLINE_WORKING_DAYS);
                    }
                    return null;
                });
            }
            for (int k = from; k <= to; k++) {
                slice(k);
            }
            jdbc.sql("VACUUM ANALYZE").update();
        } finally {
            workers.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        CityCounts after = CityCounts.of(jdbc);
        return new Speed(from, to, seconds, after.units() - before.units(), after.users() - before.users(),
                after.plans() - before.plans(), after.tasksCreated() - before.tasksCreated(), after.openTasks(),
                after.historyRows() - before.historyRows());
    }

    private void slice(int k) {
        Phases phases = new Phases(k);
        Random random = new Random(k);
        people(k);
        List<String> recipients = recipientUnits();
        recipients.forEach(code -> clerkOf.computeIfAbsent(code, this::memberOf));
        phases.done("people");

        // The last quarter: supervised plans issued a week before its end, items accepted, reports and reviews after it.
        Quarter lastQuarter = Quarter.lastEndedBefore(today());
        Instant lastQuarterEnd = atNine(lastQuarter.end().plusDays(1));
        clock.moveTo(lastQuarterEnd.minus(java.time.Duration.ofDays(7)));
        try {
            List<Long> supervised = workers.map(seeds(random, SUPERVISED_PLANS), seed -> supervisedPlan(k, seed, recipients));
            phases.done("supervised plans");
            runDueJobs(lastQuarterEnd);
            phases.done("quarter end");
            workers.run(seeds(random, supervised.size()), seed -> reportAndReview(k, supervised.get(seed.index()), seed));
            workers.run(seeds(random, REVIEWED_PLANS), seed -> quarterlyReview(k, supervised.get(seed.index()), lastQuarter, seed));
            phases.done("reports and reviews");
            runDueJobs(Instant.now());
            clock.reset();
            runDueJobs(Instant.now());
            phases.done("back to today");

            // Today: plans at every stage, the issued ones delivered and partly acknowledged.
            int recipientsPerPlan = Math.min(recipients.size(), MAX_RECIPIENTS);
            int issued = (LIVE_DELIVERIES_PER_SLICE + recipientsPerPlan - 1) / recipientsPerPlan;
            workers.run(seeds(random, issued), seed -> issuedPlan(k, seed, recipients, recipientsPerPlan));
            phases.done(issued + " issued plans");
            workers.run(seeds(random, CONSULTED_PLANS), seed -> consultedPlan(k, seed, recipients));
            workers.run(seeds(random, DRAFTS + IN_REVIEW + IN_APPROVAL + APPROVED), seed -> planInApproval(k, seed));
            workers.run(seeds(random, ASSESSED), seed -> assessment(k, supervised.get(seed.index())));
            phases.done("consultations, approvals, assessments");
        } finally {
            clock.reset();
        }
    }

    /** Prints how long each phase of a slice took, so a slow one shows. */
    private static final class Phases {

        private final int slice;
        private final long started = System.nanoTime();
        private long last = started;

        Phases(int slice) {
            this.slice = slice;
        }

        void done(String phase) {
            long now = System.nanoTime();
            System.out.printf("CITY slice %d: %s in %.1f s (%.0f s in all)%n", slice, phase, (now - last) / 1e9, (now - started) / 1e9);
            last = now;
        }
    }

    // ---- people ----

    private void people(int k) {
        List<CityNames.Unit> units = CityNames.unitsOfSlice(k);
        as("admin", () -> {
            units.forEach(unit -> unitAdmin.create(new UnitForm(unit.code(), unit.name(), unit.type(), null, null, List.of())));
            return null;
        });
        List<CityNames.Person> people = new ArrayList<>(CityNames.cityPeople(k));
        units.forEach(unit -> people.addAll(unit.people()));
        workers.run(people, person -> as("admin", () -> userAdmin.create(new UserForm(person.username(), person.displayName(),
                person.unit(), java.util.Set.copyOf(person.roles()), null, CityNames.PASSWORD))));
        workers.run(units, unit -> as("admin", () -> unitAdmin.update(unit.code(),
                new UnitForm(unit.code(), unit.name(), unit.type(), null, unit.head(), List.of()))));
        // Those who work in the benchmarks have logged in once and set their own password.
        List<String> working = new ArrayList<>(units.stream().map(CityNames.Unit::clerk).toList());
        CityNames.cityPeople(k).forEach(person -> working.add(person.username()));
        workers.run(working, username -> as(username, () -> {
            organization.changePassword(username, CityNames.PASSWORD, CityNames.OWN_PASSWORD);
            return null;
        }));
    }

    private List<String> recipientUnits() {
        return jdbc.sql("SELECT code FROM org_unit WHERE enabled AND type IN ('TOWNSHIP', 'STREET', 'DEPARTMENT') ORDER BY code")
                .query(String.class).list();
    }

    private String memberOf(String unit) {
        List<String> generated = jdbc.sql("SELECT username FROM app_user WHERE unit_code = ? AND enabled ORDER BY username")
                .param(unit).query(String.class).list();
        return generated.contains(unit + "-2") ? unit + "-2" : generated.get(0);
    }

    // ---- plans ----

    /** Issued a week before the quarter's end with 20 scored items; 70 % acknowledge at once, 80 % of items are accepted. */
    private long supervisedPlan(int k, Seed seed, List<String> recipients) {
        Random random = seed.random();
        List<BreakdownItem> items = new ArrayList<>();
        LocalDate due = LocalDate.of(today().getYear() + 1, 12, 31);
        for (int i = 1; i <= ITEMS_PER_PLAN; i++) {
            List<String> units = sample(recipients, 5, random);
            items.add(new BreakdownItem(i, i <= 10 ? "基础指标" : "提升指标", "第" + i + "项重点任务：完善工作机制，按期完成年度目标",
                    BigDecimal.valueOf(5), "按时完成得5分，未完成不得分", new UnitRef(units.get(0), null),
                    units.subList(1, 5).stream().map(code -> new UnitRef(code, null)).toList(), due));
        }
        long planId = work.draft(k, "城市督办方案%02d-%02d号".formatted(k, seed.index() + 1), items, random);
        approveAndIssue(k, planId, sample(recipients, SUPERVISED_RECIPIENTS, random), 5);
        acknowledge(planId, 0.7, random);
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.ACCEPT_ASSIGNMENT)) {
            if (random.nextDouble() < 0.8) {
                work.complete(clerkOf((String) task.get("unit_code")), (String) task.get("task_id"),
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value(),
                                SupervisionFields.MEASURES, "制定年度工作方案，按季度推进、按月调度", SupervisionFields.RESPONSIBLE, "业务科室负责人",
                                SupervisionFields.MILESTONES, List.of(Map.of(SupervisionFields.MILESTONE_TEXT, "完成年度目标任务",
                                        SupervisionFields.MILESTONE_DUE, due.minusMonths(1).toString()))));
            }
        }
        return planId;
    }

    /** After the quarter: half the reports come in, half of those are accepted. */
    private void reportAndReview(int k, long planId, Seed seed) {
        Random random = seed.random();
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.REPORT_PROGRESS)) {
            if (random.nextBoolean()) {
                work.complete(clerkOf((String) task.get("unit_code")), (String) task.get("task_id"),
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.REPORT.value(),
                                SupervisionFields.STATUS, ReportStatus.ON_TRACK.name(), SupervisionFields.PERCENT, 40 + random.nextInt(30),
                                SupervisionFields.PROGRESS, "各项措施按计划推进，已完成年度任务的四成以上。", SupervisionFields.PROBLEMS, "",
                                SupervisionFields.NEXT_STEPS, "下季度加强调度，按节点完成剩余任务。"));
            }
        }
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.REVIEW_REPORT)) {
            if (random.nextBoolean()) {
                work.complete(CityNames.supervisor(k), (String) task.get("task_id"), Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value()));
            }
        }
    }

    /** The quarter's review: 8 of 10 submitted, 6 of those approved and circulated, half of their readers read at once. */
    private void quarterlyReview(int k, long planId, Quarter quarter, Seed seed) {
        as(CityNames.supervisor(k), () -> reviews.start(planId, quarter.name()));
        if (seed.index() >= 8) {
            return;
        }
        work.completeOnly(CityNames.supervisor(k), planId, TaskKind.QUARTERLY_REPORT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), SupervisionFields.TEXT, "本季度各项任务总体进展顺利。",
                        SupervisionFields.READ_WORKING_DAYS, 30));
        if (seed.index() >= 6) {
            return;
        }
        work.completeOnly(CityNames.leader(k), planId, TaskKind.APPROVE_QUARTERLY_REPORT,
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value()));
        Random random = seed.random();
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.READ_NOTICE)) {
            if (random.nextBoolean()) {
                work.complete(clerkOf((String) task.get("unit_code")), (String) task.get("task_id"),
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.READ.value()));
            }
        }
    }

    /** Issued today with the longest acknowledgement deadline; 15 % acknowledge at once. */
    private void issuedPlan(int k, Seed seed, List<String> recipients, int count) {
        Random random = seed.random();
        long planId = work.draft(k, "城市实施方案%02d-%03d号".formatted(k, seed.index() + 1), List.of(), random);
        approveAndIssue(k, planId, sample(recipients, count, random), 30);
        acknowledge(planId, 0.15, random);
    }

    private void consultedPlan(int k, Seed seed, List<String> recipients) {
        Random random = seed.random();
        long planId = work.draft(k, "城市征求意见稿%02d-%02d号".formatted(k, seed.index() + 1), List.of(), random);
        String lead = plans.load(planId).leadUnit().code();
        List<String> consulted = sample(recipients.stream().filter(code -> !code.equals(lead)).toList(), CONSULTED_UNITS, random);
        work.submitAndPass(planId, CityNames.leader(k), consulted, DEADLINE_WORKING_DAYS);
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.GIVE_OPINION)) {
            if (random.nextDouble() < 0.3) {
                work.complete(clerkOf((String) task.get("unit_code")), (String) task.get("task_id"),
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.NO_OPINION.value()));
            }
        }
    }

    /** Drafts, then plans waiting for the reviewer, for the leader, and approved plans waiting to be issued. */
    private void planInApproval(int k, Seed seed) {
        int i = seed.index();
        long planId = work.draft(k, "城市工作方案%02d-%02d号".formatted(k, i + 1), List.of(), seed.random());
        if (i < DRAFTS) {
            return;
        }
        if (i < DRAFTS + IN_REVIEW) {
            work.completeOnly(plans.load(planId).drafter(), planId, TaskKind.DRAFT,
                    Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.APPROVERS, List.of(CityNames.leader(k))));
            return;
        }
        work.submitAndPass(planId, CityNames.leader(k), List.of(), 0);
        if (i >= DRAFTS + IN_REVIEW + IN_APPROVAL) {
            work.completeOnly(CityNames.leader(k), planId, TaskKind.LEADER_APPROVAL,
                    Map.of(TaskKinds.VAR_OUTCOME, Outcome.APPROVE.value()));
        }
    }

    private void assessment(int k, long planId) {
        as(CityNames.supervisor(k), () -> assessments.open(planId, today().getYear(), DEADLINE_WORKING_DAYS));
    }

    private void acknowledge(long planId, double share, Random random) {
        for (Map<String, Object> task : work.openTasks(planId, TaskKind.ACKNOWLEDGE)) {
            if (random.nextDouble() < share) {
                work.complete(clerkOf((String) task.get("unit_code")), (String) task.get("task_id"),
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value()));
            }
        }
    }

    private void approveAndIssue(int k, long planId, List<String> recipients, int ackWorkingDays) {
        work.approve(k, planId);
        work.completeOnly(CityNames.clerk(k), planId, TaskKind.ISSUE, CityWork.issueForm(planId, recipients, ackWorkingDays, ADDRESSEES));
    }

    private String clerkOf(String unit) {
        return clerkOf.computeIfAbsent(unit, this::memberOf);
    }

    private <T> T as(String username, Supplier<T> action) {
        return work.as(username, action);
    }

    // ---- time ----

    /**
     * Moves the clock to the moment and runs every job due by then, on all workers, until none is left: period ends,
     * deadlines and each task's escalation ladder, as the job executor would have run them on the way.
     */
    private void runDueJobs(Instant moment) {
        if (moment.isAfter(clock.instant())) {
            clock.moveTo(moment);
        }
        for (int round = 0; round < 50; round++) {
            List<String> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().list()
                    .stream().map(Job::getId).toList();
            if (due.isEmpty()) {
                return;
            }
            workers.run(due, management::executeJob);
        }
        throw new IllegalStateException("Jobs still due after 50 rounds at " + moment);
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    private Instant atNine(LocalDate day) {
        return day.atTime(9, 0).atZone(calendar.zone()).toInstant();
    }

    // ---- randomness ----

    /** The n-th piece of work of a kind, with a random stream of its own, so the city is the same whatever the threads do. */
    record Seed(int index, long value) {

        Random random() {
            return new Random(value);
        }
    }

    private static List<Seed> seeds(Random random, int count) {
        List<Seed> seeds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seeds.add(new Seed(i, random.nextLong()));
        }
        return seeds;
    }

    private static List<String> sample(List<String> from, int count, Random random) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
