package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.persistence.ItemRepository;
import org.planflow.supervision.persistence.ReportRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The traffic light (红黄绿灯) of every open item, recomputed when the item changes and as days pass. */
@Service
@Transactional
public class ItemLightService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final ReportRepository reports;
    private final WorkingCalendar calendar;
    private final PlanFlowClock clock;
    private final SupervisionProperties properties;

    public ItemLightService(SupervisedItemService supervised, ItemRepository items, ReportRepository reports,
                            WorkingCalendar calendar, PlanFlowClock clock, SupervisionProperties properties) {
        this.supervised = supervised;
        this.items = items;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Recomputes and stores the item's light: red when the item or a report is overdue; yellow when its
     * due date is near, a milestone has passed, the last report was BEHIND or stated a target's value behind its line
     * ({@link ItemTargets}); green otherwise.
     */
    @PreAuthorize("permitAll()")
    public Light refreshLight(long itemId) {
        SupervisedItem item = supervised.load(itemId);
        Light light = light(item);
        items.setLight(itemId, light, clock.instant());
        return light;
    }

    /** Lights change as days pass; every open item is looked at regularly (on every node; the result is the same). */
    @Scheduled(fixedDelayString = "${planflow.supervision.light-refresh:PT10M}", initialDelayString = "PT1M")
    @PreAuthorize("permitAll()")
    public void refreshLights() {
        items.openIds().forEach(this::refreshLight);
    }

    private Light light(SupervisedItem item) {
        if (item.status() == ItemStatus.CLOSED) {
            return Light.GREEN;
        }
        Instant now = clock.instant();
        LocalDate today = supervised.today();
        if (item.overdue() || today.isAfter(item.dueDate()) || reports.hasOverdueReport(item.id(), now)) {
            return Light.RED;
        }
        boolean near = calendar.workingDaysBetween(today, item.dueDate()) <= properties.yellowWorkingDays();
        boolean milestonePassed = item.milestones().stream().anyMatch(m -> m.due().isBefore(today))
                && (item.latestReport() == null || item.latestReport().percent() == null || item.latestReport().percent() < 100);
        boolean behind = item.latestReport() != null && item.latestReport().status() == ReportStatus.BEHIND;
        return near || milestonePassed || behind || ItemTargets.anyBehind(item, today) ? Light.YELLOW : Light.GREEN;
    }
}
