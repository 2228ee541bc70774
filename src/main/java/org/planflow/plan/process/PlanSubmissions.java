package org.planflow.plan.process;

import java.util.List;

import org.planflow.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * The drafter's latest choices as collections for the multi-instance steps; read from the plan so
 * the process keeps only simple variables. Public, because expressions call its methods reflectively.
 */
@Component("planSubmissions")
public class PlanSubmissions {

    private final PlanService plans;

    public PlanSubmissions(PlanService plans) {
        this.plans = plans;
    }

    public List<String> consultUnits(Object planId) {
        return plans.load(((Number) planId).longValue()).consultUnits();
    }

    public List<String> approvers(Object planId) {
        return plans.load(((Number) planId).longValue()).approvers();
    }
}
