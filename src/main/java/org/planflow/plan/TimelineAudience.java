package org.planflow.plan;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.planflow.audit.AuditEntry;

/**
 * Who sees the rows a feature writes to plans' timelines: each feature that writes to a plan's timeline offers one
 * for its own actions, and the plan's timeline shows a row only as its action's audience lets the reader see it.
 */
public interface TimelineAudience {

    /** The actions whose rows this audience rules; no two audiences rule the same action. */
    Set<String> actions();

    /**
     * What the reader sees of each of the plan's rows of these actions: the row, the row without its text, or
     * nothing. Built once per timeline, so it may load what it needs up front.
     */
    Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader);

    /** Whether the reader sees every row of these actions whole, so the timeline can be paged in the database. */
    boolean showsAll(PlanReader reader);
}
