package org.planflow.supervision.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/** 签收承办: the lead unit's measures, milestones (none after the due date) and responsible person form the ledger row. */
class AcceptPanel extends VerticalLayout {

    AcceptPanel(SupervisedItem item, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        TextArea measures = new TextArea(getTranslation("supervision.field.measures"));
        measures.setId("accept-measures");
        measures.setHelperText(getTranslation("supervision.accept.measures.help"));
        measures.setMaxLength(ItemProgressService.MAX_TEXT);
        measures.setWidthFull();
        measures.setMinHeight("8em");
        TextField responsible = new TextField(getTranslation("supervision.field.responsible"));
        responsible.setId("accept-responsible");
        responsible.setHelperText(getTranslation("supervision.accept.responsible.help"));
        responsible.setMaxLength(100);
        responsible.setWidthFull();
        MilestoneRows milestones = new MilestoneRows(item.dueDate());
        Span milestonesLabel = new Span(getTranslation("supervision.accept.milestones", item.dueDate()));

        Button accept = new Button(getTranslation("supervision.accept.send"), VaadinIcon.CHECK.create(), click -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(TaskKinds.VAR_OUTCOME, Outcome.ACCEPT.value());
            values.put(SupervisionFields.MEASURES, measures.getValue());
            values.put(SupervisionFields.MILESTONES, milestones.values());
            values.put(SupervisionFields.RESPONSIBLE, responsible.getValue());
            Map<String, HasValidation> fields = new HashMap<>(milestones.fields());
            fields.put(SupervisionFields.MEASURES, measures);
            fields.put(SupervisionFields.RESPONSIBLE, responsible);
            Feedback.attempt(this, SupervisionNotices.ERRORS, fields, () -> complete.accept(values));
        });
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(new H3(getTranslation("supervision.accept.title")), new Paragraph(getTranslation("supervision.accept.hint")),
                measures, milestonesLabel, milestones, responsible, accept);
    }
}
