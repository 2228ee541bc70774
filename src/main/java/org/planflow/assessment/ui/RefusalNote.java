package org.planflow.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A refusal shown beside a part that is no input field of its own, e.g. an indicator's evidence list. */
class RefusalNote extends Span implements HasValidation {

    private String errorMessage = "";
    private boolean invalid;

    RefusalNote() {
        addClassName("refusal-note");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setText(this.errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
