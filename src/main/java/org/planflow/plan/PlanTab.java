package org.planflow.plan;

import com.vaadin.flow.component.Component;

/**
 * A further tab on a plan's page, contributed by a later step of the plan's life (签收情况 after
 * issuance). Its title is the translation of {@code plan.tab.<key>}; {@code ?tab=<key>} opens it.
 */
public interface PlanTab {

    /** The query parameter of a plan's page that names the tab to open. */
    String PARAMETER = "tab";

    /** The plan's page with this tab open. */
    static String location(long planId, String key) {
        return "plan/" + planId + "?" + PARAMETER + "=" + key;
    }

    String key();

    /** Whether the plan has anything to show in this tab yet. */
    boolean appliesTo(Plan plan);

    Component create(Plan plan);
}
