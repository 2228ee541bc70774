package org.planflow.plan;

/**
 * A reader opened a plan, in the UI or through the API; published in the reader's transaction, so
 * what listeners record (a read receipt) commits with it.
 */
public record PlanOpened(long planId, String username, String unitCode) {
}
