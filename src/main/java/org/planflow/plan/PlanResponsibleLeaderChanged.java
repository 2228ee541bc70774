package org.planflow.plan;

/** The plan's responsible leader (分管领导) was named or changed (null: none); published in that transaction. */
public record PlanResponsibleLeaderChanged(long planId, String leader) {
}
