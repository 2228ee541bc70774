package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.planflow.plan.BreakdownItem;
import org.planflow.plan.UnitRef;

/**
 * The indicators of a breakdown table: its rows with points. A row of a category named 加分项 is a bonus item.
 * Its responsible units are the district units it names, lead unit first; a row naming none the district knows
 * (e.g. only 区质量发展委员会办公室) falls to the plan's lead department, which runs that committee's office. A row led
 * by a group (各成员单位) is the lead department's to score and every unit's of the group it went to at issuance.
 */
public final class Indicators {

    private static final String BONUS_MARK = "加分";

    private Indicators() {
    }

    public static IndicatorTable table(List<BreakdownItem> items, UnitRef planLead, Map<Integer, List<UnitRef>> groupUnits,
                                       BigDecimal statedBase, BigDecimal statedBonus) {
        return table(items.stream().filter(item -> item.score() != null)
                .map(item -> indicator(item, planLead, groupUnits.getOrDefault(item.seq(), List.of()))).toList(), statedBase, statedBonus,
                false);
    }

    /**
     * The indicators of a plan's assessment method, numbered from 1 in its order; a row naming no unit falls to
     * {@code fallback} (the plan's office unit, else its lead unit). Its bonus items have no cap but their own sum.
     */
    static IndicatorTable table(AssessmentMethod method, UnitRef fallback, Function<String, UnitRef> unit) {
        List<Indicator> indicators = new ArrayList<>();
        for (MethodIndicator row : method.indicators()) {
            List<UnitRef> units = row.responsibleUnits().stream().map(unit).toList();
            if (units.isEmpty() && fallback != null && fallback.matched()) {
                units = List.of(fallback);
            }
            indicators.add(new Indicator(indicators.size() + 1, row.category(), row.name(), row.points(), row.isBonus(),
                    row.scoringMethod(), ScoringMethod.criteria(row.scoringMethod(), row.points()), units));
        }
        return table(indicators, method.statedTotal(), points(indicators.stream().filter(Indicator::bonus).toList()), true);
    }

    private static IndicatorTable table(List<Indicator> indicators, BigDecimal statedBase, BigDecimal statedBonus, boolean byMethod) {
        Map<String, List<Indicator>> byCategory = new LinkedHashMap<>();
        indicators.forEach(indicator -> byCategory.computeIfAbsent(indicator.category(), key -> new ArrayList<>()).add(indicator));
        List<IndicatorTable.CategoryTotal> categories = byCategory.entrySet().stream()
                .map(entry -> new IndicatorTable.CategoryTotal(entry.getKey(), entry.getValue().get(0).bonus(), entry.getValue().size(),
                        points(entry.getValue())))
                .toList();
        return new IndicatorTable(indicators, categories, points(indicators.stream().filter(i -> !i.bonus()).toList()), statedBase,
                points(indicators.stream().filter(Indicator::bonus).toList()), statedBonus, byMethod);
    }

    static Indicator indicator(BreakdownItem item, UnitRef planLead, List<UnitRef> groupUnits) {
        String category = item.category() == null || item.category().isBlank() ? "" : item.category().strip();
        Set<UnitRef> units = new LinkedHashSet<>();
        if (item.leadUnit() != null && item.leadUnit().matched()) {
            units.add(item.leadUnit());
        }
        // A group's row is scored by the plan's lead department, which runs the group's office, and answered by every unit.
        if (item.leadGroup() != null && planLead != null && planLead.matched()) {
            units.add(planLead);
        }
        units.addAll(groupUnits);
        item.coopUnits().stream().filter(UnitRef::matched).forEach(units::add);
        if (units.isEmpty() && planLead != null && planLead.matched()) {
            units.add(planLead);
        }
        return new Indicator(item.seq(), category, Objects.requireNonNullElse(item.indicator(), ""), Points.of(item.score()),
                category.contains(BONUS_MARK), item.scoringMethod(), ScoringMethod.criteria(item.scoringMethod(), item.score()),
                List.copyOf(units));
    }

    static BigDecimal points(List<Indicator> indicators) {
        return Points.of(indicators.stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
