package org.planflow.supervision;

/** What supervision writes to an item's (and its plan's) history; translated as {@code plan.action.<name>}. */
public enum SupervisionAction {
    ITEM_ASSIGNED, LEAD_UNIT_ASSIGNED, ASSIGNMENT_ACCEPTED, REPORT_OPENED, REPORT_SUBMITTED, REPORT_REVIEWED,
    CONTRIBUTION_ADDED, EXTENSION_REQUESTED, EXTENSION_DECIDED, NOTICE_ISSUED, NOTICE_ANSWERED, ITEM_OVERDUE,
    CLOSURE_VERIFIED, ITEM_CLOSED, EVIDENCE_ADDED
}
