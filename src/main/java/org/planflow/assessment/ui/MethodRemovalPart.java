package org.planflow.assessment.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.shared.ui.Feedback;

/**
 * The office removes the plan's 考核办法 after confirming (decision 067); a refusal (an assessment was opened on it) is
 * shown beside the button and the method stays.
 */
class MethodRemovalPart extends HorizontalLayout {

    private final RefusalNote note = new RefusalNote();

    /** {@code removed} runs once the method is gone. */
    MethodRemovalPart(long planId, AssessmentMethodService methods, Runnable removed) {
        Button remove = new Button(getTranslation("assessment.method.delete"), VaadinIcon.TRASH.create(), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("method-delete-confirm");
            confirm.setHeader(getTranslation("assessment.method.delete.title"));
            confirm.setText(getTranslation("assessment.method.delete.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation("assessment.method.delete"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(event -> {
                if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, Map.of(AssessmentFields.METHOD, note),
                        () -> methods.remove(planId))) {
                    Feedback.success(getTranslation("assessment.method.deleted"));
                    removed.run();
                }
            });
            confirm.open();
        });
        remove.setId("method-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        note.setId("method-delete-problem");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(remove, note);
    }
}
