package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.planflow.plan.UnitRef;

/**
 * A scored row of a plan's breakdown table (考核指标): its category, its maximum points, whether it is a bonus
 * item (加分项, counted above the base total), its scoring criteria and its responsible units, the first of
 * which (the lead unit) submits the self-score.
 */
public record Indicator(int itemSeq, String category, String name, BigDecimal maxPoints, boolean bonus, String scoringMethod,
                        List<Criterion> criteria, List<UnitRef> responsibleUnits) {

    public Indicator {
        criteria = List.copyOf(criteria);
        responsibleUnits = List.copyOf(responsibleUnits);
    }

    public UnitRef leadUnit() {
        return responsibleUnits.isEmpty() ? null : responsibleUnits.get(0);
    }

    public boolean isResponsible(String unitCode) {
        return responsibleUnits.stream().anyMatch(unit -> unitCode.equals(unit.code()));
    }

    public boolean isLead(String unitCode) {
        return leadUnit() != null && unitCode.equals(leadUnit().code());
    }
}
