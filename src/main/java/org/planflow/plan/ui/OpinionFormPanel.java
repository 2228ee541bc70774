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
import org.planflow.forms.FormDefinition;
import org.planflow.forms.RenderedForm;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.FieldMessages;

/**
 * A consulted unit's answer, on the give-opinion form: one opinion at a time (a section and the
 * text), collected into a list with "add another", then sent together; or 无意见.
 */
class OpinionFormPanel extends VerticalLayout {

    private static final String OPINIONS = "opinions";

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
            if (blank(values.get("text"))) {
                form.showError("text", getTranslation("plan.error.opinions.text"));
                return;
            }
            collected.add(opinion(values));
            resetForm(OPINIONS);
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
            fields.put("outcome", values.get("outcome"));
            if (OPINIONS.equals(values.get("outcome"))) {
                List<Map<String, Object>> opinions = new ArrayList<>(collected);
                if (!blank(values.get("text"))) {
                    opinions.add(opinion(values));
                }
                fields.put(OPINIONS, opinions);
            }
            ApprovalTaskWorkspace.attempt(() -> submit.accept(fields), this::showError);
        });
        add(form, list, another, send);
    }

    private void resetForm(String outcome) {
        RenderedForm fresh = new RenderedForm(definition, Map.of("outcome", outcome));
        replace(form, fresh);
        form = fresh;
    }

    private void showCollected() {
        list.removeAll();
        for (int i = 0; i < collected.size(); i++) {
            Map<String, Object> opinion = collected.get(i);
            Object section = opinion.get("section");
            String where = blank(section) ? getTranslation("plan.opinion.section.whole") : section.toString();
            int index = i;
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                collected.remove(index);
                showCollected();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("approval.opinion.remove"));
            list.add(new ListItem(new Span("【" + where + "】" + opinion.get("text")), remove));
        }
    }

    private void showError(InvalidInputException e) {
        String field = e.field() == null ? "" : e.field();
        if (field.endsWith(".text") || field.equals(OPINIONS)) {
            form.showError("text", FieldMessages.of(this, ApprovalTaskWorkspace.ERRORS, e));
        } else if (field.endsWith(".section")) {
            form.showError("section", FieldMessages.of(this, ApprovalTaskWorkspace.ERRORS, e));
        } else {
            form.showError(field, FieldMessages.of(this, ApprovalTaskWorkspace.ERRORS, e));
        }
    }

    private static Map<String, Object> opinion(Map<String, Object> values) {
        Map<String, Object> opinion = new LinkedHashMap<>();
        opinion.put("section", values.get("section"));
        opinion.put("text", values.get("text"));
        return opinion;
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
