package org.planflow.plan.ui;

import com.vaadin.flow.component.html.Span;
import org.planflow.plan.PlanStatus;

/** A plan's status as a Lumo badge: green once approved or issued, grey when closed. */
class PlanStatusBadge extends Span {

    PlanStatusBadge(PlanStatus status) {
        setText(getTranslation("plan.status." + status.name()));
        getElement().getThemeList().add("badge");
        switch (status) {
            case APPROVED, ISSUED -> getElement().getThemeList().add("success");
            case CLOSED -> getElement().getThemeList().add("contrast");
            default -> {
                // The plain badge: the plan is still on its way.
            }
        }
        getElement().setAttribute("data-status", status.name());
    }
}
