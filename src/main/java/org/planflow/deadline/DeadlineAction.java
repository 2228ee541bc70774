package org.planflow.deadline;

/** What changing a task deadline writes to the audit trail; translated as {@code plan.action.<name>}. */
public enum DeadlineAction {
    TASK_DEADLINE_SET, TASK_DEADLINE_RESET
}
