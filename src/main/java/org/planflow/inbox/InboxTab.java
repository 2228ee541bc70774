package org.planflow.inbox;

import com.vaadin.flow.component.Component;

/**
 * A further tab of the inbox view, contributed by another feature (待阅/已阅 of circulated plans).
 * Its title is the translation of {@code inbox.tab.<key>}; tabs are shown in {@link #order()}.
 */
public interface InboxTab {

    String key();

    int order();

    Component create();
}
