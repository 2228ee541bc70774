package org.planflow.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.planflow.calendar.WorkingCalendar;
import org.planflow.inbox.DemoActions;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.DemoDrafts;
import org.planflow.shared.Outcome;
import org.planflow.shared.Target;
import org.planflow.shared.TaskKind;
import org.planflow.supervision.process.DemoTimeline;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * How the lead units of the demo's supervised plan work: most report on time and are accepted (green), two of them with
 * a numeric target's value (one met, one behind its line: yellow); two fall behind a milestone and say so (yellow); one reports after the due date and waits for review;
 * one never reports its quarter, gets a 督办单 its head has not answered, and is red.
 */
@Component
@Profile("demo")
class DemoProgress {

    enum Conduct { ON_TIME, BEHIND, LATE, MISSING }

    /** Item seq of the supervised plan and how its lead unit works; the others report on time. */
    static final Map<Integer, Conduct> CONDUCT = Map.of(2, Conduct.BEHIND, 6, Conduct.BEHIND, 4, Conduct.LATE, 9, Conduct.MISSING);
    /**
     * Item seq with a numeric target (指标) the drafter gave it and the value its lead unit reports each time: 产品质量 has
     * reached its target; 服务质量, reporting on time, is barely off its baseline, behind its line to the target (yellow).
     */
    static final Map<Integer, ReportedTarget> TARGETS = Map.of(
            1, new ReportedTarget(new Target("产品质量监督抽查合格率", "%", Target.Direction.GE, new BigDecimal("95"),
                    new BigDecimal("90"), null), new BigDecimal("96")),
            3, new ReportedTarget(new Target("服务业顾客满意度", "%", Target.Direction.GE, new BigDecimal("85"),
                    new BigDecimal("75"), null), new BigDecimal("75.5")));

    /** A target and the value the lead unit reports of it. */
    record ReportedTarget(Target target, BigDecimal reported) {
    }

    private final DemoActions demo;
    private final DemoTimeline timeline;
    private final ItemProgressService progress;
    private final SupervisedItemService items;
    private final ItemLightService lights;
    private final WorkingCalendar calendar;

    DemoProgress(DemoActions demo, DemoTimeline timeline, ItemProgressService progress, SupervisedItemService items,
                 ItemLightService lights, WorkingCalendar calendar) {
        this.demo = demo;
        this.timeline = timeline;
        this.progress = progress;
        this.items = items;
        this.lights = lights;
        this.calendar = calendar;
    }

    /** The targets the drafter gives the item of the seq, if any. */
    static List<Target> targets(int seq) {
        return TARGETS.containsKey(seq) ? List.of(TARGETS.get(seq).target()) : List.of();
    }

    static Conduct conduct(SupervisedItem item) {
        return CONDUCT.getOrDefault(item.seq(), Conduct.ON_TIME);
    }

    /** The lead unit accepts with its measures; a unit that will fall behind had a milestone early in the quarter. */
    void accept(SupervisedItem item) {
        LocalDate today = items.today();
        List<Map<String, Object>> milestones = new ArrayList<>();
        if (conduct(item) == Conduct.BEHIND) {
            milestones.add(Map.of(SupervisionFields.MILESTONE_TEXT, "完成现状摸底调查，形成工作清单",
                    SupervisionFields.MILESTONE_DUE, Quarter.of(today).end().minusDays(45).toString()));
        }
        milestones.add(Map.of(SupervisionFields.MILESTONE_TEXT, "完成年度目标任务并形成总结",
                SupervisionFields.MILESTONE_DUE, item.dueDate().minusMonths(1).toString()));
        demo.completeInProcess(staff(item), item.processInstanceId(), TaskKind.ACCEPT_ASSIGNMENT, Map.of(
                TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value(),
                SupervisionFields.MEASURES, "围绕“" + item.indicator() + "”制定年度工作方案，按季度推进、按月调度",
                SupervisionFields.MILESTONES, milestones, SupervisionFields.RESPONSIBLE, "业务科室负责人"));
    }

    /**
     * A quarter after its end: the reports open, come in (or not) and are reviewed; in the quarter the demo
     * tells, the late report arrives and the silent unit gets its 督办单. Nothing is done after real now.
     */
    void quarter(List<SupervisedItem> planItems, Quarter quarter, LocalDate due, boolean told) {
        timeline.advanceTo(at(quarter.end().plusDays(1), 9));
        refreshLights();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(at(quarter.end().plusDays(2), 10), () -> report(planItems, Conduct.ON_TIME, "ON_TRACK")));
        steps.add(new Step(at(quarter.end().plusDays(3), 10), () -> report(planItems, Conduct.BEHIND, "BEHIND")));
        steps.add(new Step(at(quarter.end().plusDays(5), 15), () -> review(planItems)));
        if (told) {
            steps.add(new Step(at(due.plusDays(2), 10), () -> notice(planItems, quarter)));
            steps.add(new Step(at(due.plusDays(3), 11), () -> report(planItems, Conduct.LATE, "ON_TRACK")));
        }
        steps.stream().sorted(Comparator.comparing(Step::at)).filter(step -> step.at().isBefore(Instant.now())).forEach(step -> {
            timeline.advanceTo(step.at());
            step.action().run();
        });
        refreshLights();
    }

    private void report(List<SupervisedItem> planItems, Conduct conduct, String status) {
        for (SupervisedItem item : planItems) {
            if (conduct(item) == conduct) {
                boolean behind = "BEHIND".equals(status);
                ReportedTarget target = TARGETS.get(item.seq());
                demo.completeInProcess(staff(item), item.processInstanceId(), TaskKind.REPORT_PROGRESS, Map.of(
                        TaskKinds.VAR_OUTCOME, Outcome.REPORT.value(), SupervisionFields.STATUS, status,
                        SupervisionFields.TARGET_VALUES, target == null ? Map.of() : Map.of(target.target().name(), target.reported()),
                        SupervisionFields.PERCENT, behind ? 30 : 55,
                        SupervisionFields.PROGRESS, behind ? "摸底调查尚未完成，已完成年度任务约三成。" : "各项措施按计划推进，已完成年度任务过半。",
                        SupervisionFields.PROBLEMS, behind ? "牵头科室人员调整，部分协办单位材料报送滞后。" : "",
                        SupervisionFields.NEXT_STEPS, "下季度加强调度，按节点完成剩余任务。"));
            }
        }
    }

    /** The office accepts the reports in on time; the late one waits for it. */
    private void review(List<SupervisedItem> planItems) {
        for (SupervisedItem item : planItems) {
            if (conduct(item) == Conduct.ON_TIME || conduct(item) == Conduct.BEHIND) {
                demo.completeInProcess(DemoDrafts.OFFICE, item.processInstanceId(), TaskKind.REVIEW_REPORT,
                        Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value()));
            }
        }
    }

    private void notice(List<SupervisedItem> planItems, Quarter quarter) {
        planItems.stream().filter(item -> conduct(item) == Conduct.MISSING).forEach(item -> demo.as(DemoDrafts.OFFICE, () ->
                progress.issueNotice(item.id(), "你单位牵头的“" + item.indicator() + "”" + quarter.chinese()
                        + "进展情况逾期未报送。请于收到本督办单后5个工作日内书面说明原因，并报送整改措施。", 5)));
    }

    private void refreshLights() {
        demo.as("supervisor", () -> {
            lights.refreshLights();
            return null;
        });
    }

    private static String staff(SupervisedItem item) {
        return "staff-" + item.leadUnit().code();
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(calendar.zone()).toInstant();
    }

    private record Step(Instant at, Runnable action) {
    }
}
