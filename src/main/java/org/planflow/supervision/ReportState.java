package org.planflow.supervision;

/** An item's report of its current period, for the dashboard's "reports in" figures: due at all, in, or not in yet. */
public enum ReportState {
    DUE, IN, MISSING
}
