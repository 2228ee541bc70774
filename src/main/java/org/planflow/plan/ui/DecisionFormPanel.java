package org.planflow.plan.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.forms.FormDefinition;
import org.planflow.forms.RenderedForm;
import org.planflow.shared.ui.Feedback;

/** A decision by form (department review, leader approval): the Camunda form and a submit button. */
class DecisionFormPanel extends VerticalLayout {

    DecisionFormPanel(FormDefinition definition, Consumer<Map<String, Object>> submit) {
        setPadding(false);
        RenderedForm form = new RenderedForm(definition, Map.of());
        Button done = new Button(getTranslation("approval.submit"));
        done.setId("complete-task");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> {
            if (form.validateAndShow()) {
                ApprovalTaskWorkspace.attempt(this, () -> submit.accept(form.values()),
                        e -> form.showError(e.field(), Feedback.words(this, e)));
            }
        });
        add(form, done);
    }
}
