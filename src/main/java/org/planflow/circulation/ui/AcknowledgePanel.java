package org.planflow.circulation.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.DeliveryService;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.Plan;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/** 签收 in one click, or 拒签 with the reason beside it (required, checked on the server). */
class AcknowledgePanel extends VerticalLayout {

    private final TextArea reason = new TextArea();

    AcknowledgePanel(Plan plan, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        add(new H3(getTranslation("ack.title")), new Paragraph(getTranslation("ack.hint", plan.title())));
        Button acknowledge = new Button(getTranslation("ack.action"), VaadinIcon.CHECK.create(),
                click -> attempt(complete, Map.of(TaskKinds.VAR_OUTCOME, Outcome.ACKNOWLEDGE.value())));
        acknowledge.setId("acknowledge");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);

        reason.setId("refuse-reason");
        reason.setLabel(getTranslation("ack.reason"));
        reason.setHelperText(getTranslation("ack.reason.help"));
        reason.setMaxLength(DeliveryService.MAX_TEXT);
        reason.setWidthFull();
        Button refuse = new Button(getTranslation("ack.refuse"), VaadinIcon.CLOSE_SMALL.create(),
                click -> attempt(complete, Map.of(TaskKinds.VAR_OUTCOME, Outcome.REFUSE.value(),
                        CirculationFields.REASON, reason.getValue())));
        refuse.setId("refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(acknowledge, reason, refuse);
    }

    private void attempt(Consumer<Map<String, Object>> complete, Map<String, Object> fields) {
        Feedback.attempt(this, IssuePanel.ERRORS, Map.of(CirculationFields.REASON, reason), () -> complete.accept(fields));
    }
}
