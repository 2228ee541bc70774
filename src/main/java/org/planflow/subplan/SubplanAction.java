package org.planflow.subplan;

/** What sub-plans write to the parent plan's timeline; translated as {@code plan.action.<name>}. */
public enum SubplanAction {
    SUB_PLAN_STARTED, SUB_PLAN_SUBMITTED, SUB_PLAN_FILED, SUB_PLAN_RETURNED
}
