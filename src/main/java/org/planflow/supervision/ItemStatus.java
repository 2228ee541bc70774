package org.planflow.supervision;

/** Where a supervised item stands: assigned, being worked on, closure requested (DONE reported), closed (销号). */
public enum ItemStatus {
    ASSIGNED, IN_PROGRESS, DONE_PENDING, CLOSED
}
