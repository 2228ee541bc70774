package org.planflow.plan;

/** What the plan's drafting and approval write to its timeline; translated as {@code plan.action.<name>}. */
public enum PlanAction {
    CREATED, IMPORTED, REVISED, ATTACHMENT_ADDED, ATTACHMENT_REMOVED, STATUS, RESPONSIBLE_LEADER_SET, SUBMITTED, DEPT_REVIEWED,
    CONSOLIDATED, LEADER_DECIDED, WITHDRAWN, REOPENED_FOR_REVISION, SCHEDULED
}
