package org.planflow.inbox;

import com.vaadin.flow.component.Component;

/**
 * The working area of a task view, contributed by the feature that owns the task's kind: the plan
 * to read beside the form, the tables a decision needs. The inbox's task view shows the task's
 * header and embeds the first workspace that handles the task.
 */
public interface TaskWorkspace {

    boolean handles(InboxEntry task);

    /** A fresh component for this task; {@code completed} is called after the task was completed. */
    Component open(InboxEntry task, Runnable completed);
}
