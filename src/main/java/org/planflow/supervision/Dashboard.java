package org.planflow.supervision;

import java.util.List;
import java.util.Map;

import org.planflow.plan.UnitRef;

/**
 * The supervision dashboard's figures (督办看板): items by light and by status, this period's reports
 * due and in, each lead unit's on-time rate and overdue count, red items month by month, and the items' numeric
 * targets (指标) met and not met by their latest reported values (one not reported yet is not met).
 */
public record Dashboard(Map<Light, Long> lights, Map<ItemStatus, Long> byStatus, long reportsDue, long reportsIn,
                        List<UnitFigures> units, List<MonthFigure> redTrend, long targetsMet, long targetsNotMet) {

    /** A lead unit's reports that fell due, those in on time, their rate, and its red (overdue) items. */
    public record UnitFigures(UnitRef unit, long due, long onTime, double onTimeRate, long overdue) {
    }

    /** Items red at the end of a month (2026-03), or now for the current month. */
    public record MonthFigure(String month, long red) {
    }
}
