package org.planflow.circulation.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitSearch;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/** The office's answer to a refusal: send the plan to the right unit, or close it with a comment. */
class ReroutePanel extends VerticalLayout {

    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final TextArea comment = new TextArea();
    private final Map<String, HasValidation> fields = new HashMap<>();

    ReroutePanel(Delivery refused, UnitSearch district, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        add(new H3(getTranslation("reroute.title")));
        if (refused != null) {
            Paragraph refusal = new Paragraph(getTranslation("reroute.refusal", refused.unit().name(),
                    refused.reason() == null ? "" : refused.reason()));
            refusal.setId("reroute-refusal");
            add(Callouts.warning(refusal));
        }
        unit.setId("reroute-unit");
        unit.setLabel(getTranslation("reroute.unit"));
        unit.setItems(district::matches, district.units());
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setWidthFull();
        Button reroute = new Button(getTranslation("reroute.send"), click -> attempt(complete, Map.of(
                TaskKinds.VAR_OUTCOME, Outcome.REROUTE.value(), CirculationFields.UNIT, unit.getValue() == null ? "" : unit.getValue().code())));
        reroute.setId("reroute");
        reroute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        comment.setId("reroute-comment");
        comment.setLabel(getTranslation("reroute.comment"));
        comment.setMaxLength(DeliveryService.MAX_TEXT);
        comment.setWidthFull();
        Button close = new Button(getTranslation("reroute.close"),
                click -> attempt(complete, Map.of(TaskKinds.VAR_OUTCOME, Outcome.CLOSE.value(),
                        CirculationFields.COMMENT, comment.getValue())));
        close.setId("close-refusal");
        fields.put(CirculationFields.UNIT, unit);
        fields.put(CirculationFields.COMMENT, comment);
        add(unit, reroute, comment, close);
    }

    private void attempt(Consumer<Map<String, Object>> complete, Map<String, Object> values) {
        Feedback.attempt(this, IssuePanel.ERRORS, fields, () -> complete.accept(values));
    }
}
