package org.planflow.plan.ui;

import java.util.Objects;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;

/** The header fields of the plan editor: title, type (one of the usual ones or the drafter's own) and document number. */
class EditorHeader extends FormLayout {

    private final TextField title = new TextField(getTranslation("plan.field.title"));
    private final ComboBox<String> type = new ComboBox<>(getTranslation("plan.field.type"));
    private final TextField docNumber = new TextField(getTranslation("plan.field.docNumber"));

    EditorHeader(Plan plan) {
        title.setId("title");
        title.setValue(plan.title());
        title.setMaxLength(PlanService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.addValueChangeListener(event -> title.setInvalid(false));

        type.setId("type");
        type.setItems(PlanTypes.including(plan.type()));
        type.setAllowCustomValue(true);
        type.setManualValidation(true);
        type.addCustomValueSetListener(event -> {
            type.setItems(PlanTypes.including(event.getDetail()));
            type.setValue(event.getDetail());
        });
        type.setValue(plan.type());
        type.addValueChangeListener(event -> type.setInvalid(false));

        docNumber.setId("doc-number");
        docNumber.setPlaceholder(getTranslation("plan.field.docNumber.placeholder"));
        docNumber.setValue(Objects.toString(plan.docNumber(), ""));
        docNumber.setMaxLength(PlanService.MAX_DOC_NUMBER);
        docNumber.setManualValidation(true);
        docNumber.addValueChangeListener(event -> docNumber.setInvalid(false));

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
        add(title, 2);
        add(type, docNumber);
    }

    String title() {
        return title.getValue();
    }

    String type() {
        return type.getValue();
    }

    String docNumber() {
        return docNumber.getValue();
    }

    void clearErrors() {
        title.setInvalid(false);
        type.setInvalid(false);
        docNumber.setInvalid(false);
    }

    /** Marks the refused header field; false when the field is none of the header's. */
    boolean showError(String field, String message) {
        switch (field) {
            case PlanFields.TITLE -> invalid(title, message);
            case PlanFields.TYPE -> invalid(type, message);
            case PlanFields.DOC_NUMBER -> invalid(docNumber, message);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
