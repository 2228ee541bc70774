package org.planflow.organization.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import org.planflow.organization.OrganizationChanged;

/** 变更记录: the audit trail of one unit or user. */
class HistoryLink extends Anchor {

    HistoryLink(String subject) {
        setHref(OrganizationChanged.TRAIL_ROUTE + "?"
                + QueryParameters.simple(Map.of(OrganizationChanged.TRAIL_SUBJECT_PARAMETER, subject)).getQueryString());
        add(VaadinIcon.TIME_BACKWARD.create(), new Span(getTranslation("admin.history")));
        addClassName("history-link");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-left", "auto");
    }
}
