package org.planflow.workpoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.planflow.inbox.TaskCompletionService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanStatusChanged;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ListFields;
import org.planflow.shared.Milestone;
import org.planflow.shared.Outcome;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.Period;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.planflow.shared.Target;
import org.planflow.workpoints.persistence.WorkPointsRepository;
import org.planflow.workpoints.process.WorkPointsEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A multi-year plan's years and the work points drawn for each (decision 065). The plan's office draws a year's points
 * as a new draft of its own unit: the items chosen, dated within the year, with the plan's office, leading group,
 * cadence and the targets due that year; the draft is then revised, approved and issued like any plan. From the plan's
 * issuance, each later year of its period opens a DRAW_WORK_POINTS task for them on its first day (decision 068).
 */
@Service
@Transactional
public class WorkPointsService {

    /** The type (文种) of a year's work points. */
    public static final String TYPE = "年度工作要点";

    private final PlanService plans;
    private final OrganizationService organization;
    private final WorkPointsRepository repository;
    private final WorkPointsEngine engine;
    private final ObjectProvider<TaskCompletionService> completions;
    private final PlanFlowClock clock;

    public WorkPointsService(PlanService plans, OrganizationService organization, WorkPointsRepository repository,
                             WorkPointsEngine engine, ObjectProvider<TaskCompletionService> completions, PlanFlowClock clock) {
        this.plans = plans;
        this.organization = organization;
        this.repository = repository;
        this.engine = engine;
        this.completions = completions;
        this.clock = clock;
    }

    /**
     * An issued multi-year plan asks its office for the work points of each later year of its period, on the year's first
     * day: from the year after its issuance (the issuance year's are drawn from the tab), or from its first year when it
     * begins later.
     */
    @EventListener
    @Transactional
    @PreAuthorize("permitAll()")
    public void onStatusChanged(PlanStatusChanged changed) {
        if (changed.status() != PlanStatus.ISSUED) {
            return;
        }
        Plan plan = plans.load(changed.planId());
        if (!hasWorkPoints(plan)) {
            return;
        }
        int first = Math.max(plan.period().start().getYear(), LocalDate.now(clock).getYear() + 1);
        int last = plan.period().end().getYear();
        if (first <= last) {
            engine.start(plan, first, last);
        }
    }

    /** The year a DRAW_WORK_POINTS task asks for. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int yearOfTask(String taskId) {
        return engine.yearOf(taskId);
    }

    /** Whether the year's work points are still to draw at its start: not drawn yet, and the plan not closed. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean stillToDraw(long planId, int year) {
        return plans.load(planId).status() == PlanStatus.ISSUED && repository.planOf(planId, year).isEmpty();
    }

    /** Whether the plan runs several years once issued, so that its years get work points. */
    public static boolean hasWorkPoints(Plan plan) {
        return plan.status().issued() && plan.period() != null && plan.period().multiYear();
    }

    /** Each year of the plan's period with the work points drawn for it, first year first; 404 for who may not know it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<WorkPointsYear> years(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        if (!hasWorkPoints(plan)) {
            return PageOf.of(List.of(), page, 0);
        }
        Map<Integer, Long> drawn = repository.ofSource(planId);
        List<Integer> years = IntStream.rangeClosed(plan.period().start().getYear(), plan.period().end().getYear()).boxed().toList();
        return PageOf.of(years.stream().skip(page.offset()).limit(page.size()).map(year -> {
            Long id = drawn.get(year);
            Plan points = id == null ? null : plans.load(id);
            return new WorkPointsYear(year, id, points == null ? null : points.title(), points == null ? null : points.status());
        }).toList(), page, years.size());
    }

    /** Whether the caller may draw the plan's work points: a drafter of its office's unit, or of its lead unit. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayDraw(Plan plan) {
        if (!CurrentUser.hasRole(Roles.DRAFTER)) {
            return false;
        }
        String unit = organization.user(CurrentUser.require()).unit().code();
        return unit.equals(plan.leadUnit().code()) || plan.office() != null && unit.equals(plan.office().code());
    }

    /**
     * Draws the year's work points as a new draft of the caller's unit; nothing is kept when any part is refused. Where the
     * year's DRAW_WORK_POINTS task is open, drawing completes it.
     */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan draw(long planId, WorkPointsRequest request) {
        Plan source = drawable(planId, request.year());
        Optional<String> task = engine.drawTask(planId, request.year());
        if (task.isEmpty()) {
            return drawChecked(source, request.year(), request.items());
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put(Outcome.VARIABLE, Outcome.SUBMIT.value());
        fields.put(WorkPointsFields.ITEMS, request.items().stream().map(pick -> {
            Map<String, Object> item = new HashMap<>();
            item.put(WorkPointsFields.SEQ, pick == null ? null : pick.seq());
            item.put(WorkPointsFields.DUE_DATE, pick == null || pick.dueDate() == null ? null : pick.dueDate().toString());
            return item;
        }).toList());
        completions.getObject().complete(task.get(), fields);
        return plans.load(repository.planOf(planId, request.year()).orElseThrow());
    }

    /** DRAW_WORK_POINTS: the year the task asks for, with the items chosen in it. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan drawForTask(long planId, int year, List<WorkPointsRequest.Pick> picks) {
        return drawChecked(drawable(planId, year), year, picks);
    }

    private Plan drawable(long planId, Integer year) {
        Plan source = plans.get(planId);
        if (!mayDraw(source)) {
            throw new AccessDeniedException("only the drafters of the plan's office or lead department draw its work points");
        }
        if (!source.status().issued()) {
            throw WorkPointsProblem.NOT_ISSUED.at(null, source.status());
        }
        if (!hasWorkPoints(source)) {
            throw WorkPointsProblem.NOT_MULTI_YEAR.at(null);
        }
        Period period = source.period();
        if (year == null) {
            throw WorkPointsProblem.YEAR_REQUIRED.at(WorkPointsFields.YEAR);
        }
        if (year < period.start().getYear() || year > period.end().getYear()) {
            throw WorkPointsProblem.YEAR_OUTSIDE_PERIOD.at(WorkPointsFields.YEAR, year, period.label());
        }
        if (repository.planOf(planId, year).isPresent()) {
            throw WorkPointsProblem.ALREADY_DRAWN.at(WorkPointsFields.YEAR, year);
        }
        return source;
    }

    private Plan drawChecked(Plan source, int year, List<WorkPointsRequest.Pick> picks) {
        Period period = source.period();
        Period within = new Period(later(period.start(), LocalDate.of(year, 1, 1)), earlier(period.end(), LocalDate.of(year, 12, 31)));
        List<BreakdownItem> items = items(source, picks, within);
        Plan drawn = plans.create(new PlanDraft(source.title() + year + "年工作要点", TYPE, null,
                List.of(new PlanSection("", 1, "", "根据《" + source.title() + "》，" + year + "年工作要点如下。")), items, null,
                null, source.office(), source.leadingGroup(), within, source.cadence(), source.reportDueDays()));
        if (!repository.insert(source.id(), year, drawn.id())) {
            throw WorkPointsProblem.ALREADY_DRAWN.at(WorkPointsFields.YEAR, year);
        }
        return drawn;
    }

    /** The chosen items in the plan's order, due within the year, keeping the milestones and targets of that year. */
    private static List<BreakdownItem> items(Plan source, List<WorkPointsRequest.Pick> picks, Period year) {
        if (picks.isEmpty()) {
            throw WorkPointsProblem.ITEMS_REQUIRED.at(WorkPointsFields.ITEMS);
        }
        Map<Integer, BreakdownItem> bySeq = source.items().stream().collect(Collectors.toMap(BreakdownItem::seq, Function.identity()));
        Map<Integer, LocalDate> dueBySeq = new TreeMap<>();
        for (int i = 0; i < picks.size(); i++) {
            WorkPointsRequest.Pick pick = picks.get(i);
            Integer seq = pick == null ? null : pick.seq();
            String field = ListFields.at(WorkPointsFields.ITEMS, i, WorkPointsFields.SEQ);
            if (seq == null || !bySeq.containsKey(seq)) {
                throw WorkPointsProblem.ITEM_UNKNOWN.at(field, seq);
            }
            LocalDate due = pick.dueDate() == null ? year.end() : pick.dueDate();
            if (!year.contains(due)) {
                throw WorkPointsProblem.DUE_OUTSIDE_YEAR.at(ListFields.at(WorkPointsFields.ITEMS, i, WorkPointsFields.DUE_DATE),
                        seq, due, year.label());
            }
            if (dueBySeq.put(seq, due) != null) {
                throw WorkPointsProblem.ITEM_TWICE.at(field, seq);
            }
        }
        List<BreakdownItem> items = new ArrayList<>();
        dueBySeq.forEach((seq, due) -> {
            BreakdownItem item = bySeq.get(seq);
            List<Milestone> milestones = item.milestones().stream()
                    .filter(milestone -> year.contains(milestone.due()) && !milestone.due().isAfter(due)).toList();
            List<Target> targets = item.targets().stream()
                    .filter(target -> target.year() == null || target.year() == year.end().getYear()).toList();
            items.add(new BreakdownItem(items.size() + 1, item.category(), item.indicator(), item.score(), item.scoringMethod(),
                    item.leadUnit(), item.coopUnits(), due, item.leadGroup(), milestones, item.cadence(), targets));
        });
        return items;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
