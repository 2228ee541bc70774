package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.planflow.calendar.WorkingCalendar;
import org.planflow.plan.PlanService;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.persistence.DashboardRepository;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision dashboard (督办看板): the district's picture for SUPERVISOR, LEADER, OFFICE_CLERK and
 * ADMIN, over all plans or one; unit staff get their own unit's version (the items it leads).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SupervisionDashboardService {

    public static final int TREND_MONTHS = 12;

    private final DashboardRepository repository;
    private final SupervisedItemService items;
    private final PlanService plans;
    private final WorkingCalendar calendar;
    private final PlanFlowClock clock;
    private final ItemRepository itemRepository;

    public SupervisionDashboardService(DashboardRepository repository, SupervisedItemService items, PlanService plans,
                                       WorkingCalendar calendar, PlanFlowClock clock, ItemRepository itemRepository) {
        this.itemRepository = itemRepository;
        this.repository = repository;
        this.items = items;
        this.plans = plans;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Dashboard dashboard(Long planId) {
        if (planId != null) {
            plans.get(planId);
        }
        String unit = items.maySeeAll(planId) ? null : items.myUnit();
        Instant now = clock.instant();
        long[] reports = repository.currentReports(planId, unit);
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        List<ItemTargets.Standing> targets = itemRepository.withTargets(planId, unit).stream()
                .flatMap(item -> ItemTargets.standings(item, today).stream()).toList();
        long met = targets.stream().filter(ItemTargets.Standing::met).count();
        return new Dashboard(repository.lights(planId, unit), repository.byStatus(planId, unit), reports[0], reports[1],
                repository.units(planId, unit, now), trend(planId, unit, now), met, targets.size() - met);
    }

    /** Red items at the end of each of the last months, the current month as of now. */
    private List<Dashboard.MonthFigure> trend(Long planId, String unit, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(calendar.zone()));
        List<YearMonth> months = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(month);
            LocalDate next = month.plusMonths(1).atDay(1);
            ends.add(back == 0 ? now : next.atStartOfDay(calendar.zone()).toInstant());
        }
        List<Long> red = repository.redAt(planId, unit, ends);
        List<Dashboard.MonthFigure> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            trend.add(new Dashboard.MonthFigure(months.get(i).toString(), red.get(i)));
        }
        return trend;
    }
}
