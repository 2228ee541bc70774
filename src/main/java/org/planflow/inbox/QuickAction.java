package org.planflow.inbox;

import com.vaadin.flow.component.Component;

/**
 * A one-click action on an inbox row, contributed by the feature that owns the task's kind (签收
 * straight from the list); {@code done} refreshes the inbox after the action.
 */
public interface QuickAction {

    boolean handles(InboxEntry task);

    Component button(InboxEntry task, Runnable done);
}
