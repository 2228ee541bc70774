package org.planflow.audit;

/**
 * The administration trail's kinds of events (/admin/audit), worded as {@code trail.category.<NAME>}. A plan's
 * business events have no category: they belong to the plan's timeline.
 */
public enum AuditCategory {
    ORGANIZATION, LOGIN, DOWNLOAD, SETTINGS, ENGINE
}
