package org.planflow.supervision;

/** How the lead unit rates its progress in a report: 正常推进, 滞后, 已完成. */
public enum ReportStatus {
    ON_TRACK, BEHIND, DONE
}
