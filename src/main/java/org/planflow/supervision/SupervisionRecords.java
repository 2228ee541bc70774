package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planflow.plan.UnitRef;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.persistence.ItemRepository;
import org.planflow.supervision.persistence.ReportRepository;
import org.planflow.supervision.persistence.ReviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's supervision recorded in a year, for the annual assessment: each lead unit's report punctuality,
 * and the submitted progress reports of the item made from a breakdown row, which units link as evidence.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionRecords {

    private final ReviewRepository reviews;
    private final ItemRepository items;
    private final ReportRepository reports;
    private final PlanFlowClock clock;

    public SupervisionRecords(ReviewRepository reviews, ItemRepository items, ReportRepository reports, PlanFlowClock clock) {
        this.reviews = reviews;
        this.items = items;
        this.reports = reports;
        this.clock = clock;
    }

    /** A lead unit's reports of the year that were due by now, and how many came in on time. */
    public record UnitReporting(String unitCode, int due, int onTime) {

        /** Null when nothing was due. */
        public Double onTimeRate() {
            return due == 0 ? null : (double) onTime / due;
        }
    }

    /** A submitted progress report an indicator's evidence may link to. */
    public record ReportLink(long reportId, long itemId, String period, Instant submittedAt, Integer percent, String progress) {
    }

    /** The units each group-led row of the plan went to at issuance (its units' items), by the row's 序号. */
    @PreAuthorize("isAuthenticated()")
    public Map<Integer, List<UnitRef>> groupUnits(long planId) {
        Map<Integer, List<UnitRef>> units = new HashMap<>();
        items.ofPlan(planId).stream().filter(item -> item.parentId() != null && item.seq() != null && item.leadUnit() != null)
                .forEach(item -> units.computeIfAbsent(item.seq(), seq -> new ArrayList<>()).add(item.leadUnit()));
        return units;
    }

    @PreAuthorize("isAuthenticated()")
    public List<UnitReporting> reporting(long planId, int year) {
        return reviews.unitLines(planId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), clock.instant()).stream()
                .map(line -> new UnitReporting(line.unitCode(), line.due(), line.onTime())).toList();
    }

    /** The submitted reports of the year (by period end) of the plan's item made from breakdown row {@code seq}. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<ReportLink> reports(long planId, int seq, int year, PageRequest page) {
        return PageOf.of(reports.submittedOfRow(planId, seq, year, page.offset(), page.size()), page,
                reports.countSubmittedOfRow(planId, seq, year));
    }

    /** The one of these reports with the id, if it is one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ReportLink> report(long planId, int seq, int year, long reportId) {
        return reports.submittedOfRow(planId, seq, year, reportId);
    }
}
