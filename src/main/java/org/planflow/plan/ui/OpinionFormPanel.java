package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.consultation.ConsultationFields;
import org.planflow.forms.FormDefinition;
import org.planflow.forms.RenderedForm;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/**
 * A consulted unit's answer, on the give-opinion form: one opinion at a time (a section and the
 * text), collected into a list with "add another", then sent together; or 无意见.
 */
class OpinionFormPanel extends VerticalLayout {

    private final List<Map<String, Object>> collected = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final FormDefinition definition;
    private RenderedForm form;

    OpinionFormPanel(FormDefinition definition, Consumer<Map<String, Object>> submit) {
        this.definition = definition;
        setPadding(false);
        list.setId("collected-opinions");
        form = new RenderedForm(definition, Map.of());

        Button another = new Button(getTranslation("approval.opinion.another"), VaadinIcon.PLUS.create());
        another.setId("add-opinion");
        another.addClickListener(click -> {
            if (!form.validateAndShow()) {
                return;
            }
            Map<String, Object> values = form.values();
            if (blank(values.get(ConsultationFields.TEXT))) {
                form.showError(ConsultationFields.TEXT, getTranslation("plan.error.opinions.text"));
                return;
            }
            collected.add(opinion(values));
            resetForm(Outcome.OPINIONS.value());
            showCollected();
        });

        Button send = new Button(getTranslation("approval.submit"));
        send.setId("complete-task");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            if (!form.validateAndShow()) {
                return;
            }
            Map<String, Object> values = form.values();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(TaskKinds.VAR_OUTCOME, values.get(TaskKinds.VAR_OUTCOME));
            if (Outcome.OPINIONS.value().equals(values.get(TaskKinds.VAR_OUTCOME))) {
                List<Map<String, Object>> opinions = new ArrayList<>(collected);
                if (!blank(values.get(ConsultationFields.TEXT))) {
                    opinions.add(opinion(values));
                }
                fields.put(ConsultationFields.OPINIONS, opinions);
            }
            ApprovalTaskWorkspace.attempt(this, () -> submit.accept(fields), this::showError);
        });
        add(form, list, another, send);
    }

    private void resetForm(String outcome) {
        RenderedForm fresh = new RenderedForm(definition, Map.of(TaskKinds.VAR_OUTCOME, outcome));
        replace(form, fresh);
        form = fresh;
    }

    private void showCollected() {
        list.removeAll();
        for (int i = 0; i < collected.size(); i++) {
            Map<String, Object> opinion = collected.get(i);
            Object section = opinion.get(ConsultationFields.SECTION);
            String where = blank(section) ? getTranslation("plan.opinion.section.whole") : section.toString();
            int index = i;
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                collected.remove(index);
                showCollected();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("approval.opinion.remove"));
            list.add(new ListItem(new Span("【" + where + "】" + opinion.get(ConsultationFields.TEXT)), remove));
        }
    }

    private void showError(InvalidInputException e) {
        String field = e.field() == null ? "" : e.field();
        String message = Feedback.words(this, e);
        if (field.endsWith("." + ConsultationFields.TEXT) || field.equals(ConsultationFields.OPINIONS)) {
            form.showError(ConsultationFields.TEXT, message);
        } else if (field.endsWith("." + ConsultationFields.SECTION)) {
            form.showError(ConsultationFields.SECTION, message);
        } else {
            form.showError(field, message);
        }
    }

    private static Map<String, Object> opinion(Map<String, Object> values) {
        Map<String, Object> opinion = new LinkedHashMap<>();
        opinion.put(ConsultationFields.SECTION, values.get(ConsultationFields.SECTION));
        opinion.put(ConsultationFields.TEXT, values.get(ConsultationFields.TEXT));
        return opinion;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
