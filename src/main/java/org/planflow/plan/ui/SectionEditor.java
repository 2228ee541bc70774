package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;

/**
 * One section in the plan editor: outline number, level, heading, body, and moving or removing it.
 * Ids carry the section's position, so they are renumbered whenever the list changes.
 */
class SectionEditor extends Div {

    private final TextField outline = new TextField();
    private final Select<Integer> level = new Select<>();
    private final TextField heading = new TextField();
    private final TextArea body = new TextArea();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Button delete = new Button(VaadinIcon.TRASH.create());

    SectionEditor(PlanSection section, SerializableConsumer<SectionEditor> onUp, SerializableConsumer<SectionEditor> onDown,
                  SerializableConsumer<SectionEditor> onDelete) {
        addClassName("section-editor");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("width", "100%");

        outline.setLabel(getTranslation("plan.section.outline"));
        outline.setPlaceholder(getTranslation("plan.section.outline.placeholder"));
        outline.setMaxLength(PlanService.MAX_OUTLINE);
        outline.setWidth("7em");
        outline.setValue(section.outline());
        outline.setManualValidation(true);
        level.setLabel(getTranslation("plan.section.level"));
        level.setItems(List.of(0, 1, 2, 3));
        level.setItemLabelGenerator(value -> getTranslation("plan.section.level." + value));
        level.setValue(section.level());
        level.setManualValidation(true);
        level.setWidth("9em");
        heading.setLabel(getTranslation("plan.section.heading"));
        heading.setMaxLength(PlanService.MAX_HEADING);
        heading.setValue(section.heading());
        heading.setManualValidation(true);
        body.setLabel(getTranslation("plan.section.body"));
        body.setHelperText(getTranslation("plan.section.body.help"));
        body.setValue(section.body());
        body.setWidthFull();
        body.setMinHeight("6em");
        outline.addValueChangeListener(event -> outline.setInvalid(false));
        level.addValueChangeListener(event -> level.setInvalid(false));
        heading.addValueChangeListener(event -> heading.setInvalid(false));
        // "Neither heading nor text" is shown on the heading, so typing a body clears it too.
        body.addValueChangeListener(event -> heading.setInvalid(false));

        up.addClickListener(click -> onUp.accept(this));
        down.addClickListener(click -> onDown.accept(this));
        delete.addClickListener(click -> onDelete.accept(this));
        up.setAriaLabel(getTranslation("plan.moveUp"));
        down.setAriaLabel(getTranslation("plan.moveDown"));
        delete.setAriaLabel(getTranslation("plan.section.delete"));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);

        HorizontalLayout top = new HorizontalLayout(outline, level, heading, up, down, delete);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setFlexGrow(1, heading);
        add(top, body);
    }

    /** Ids by position (section-heading-0 …) and which moves make sense there. */
    void position(int index, int count) {
        setId("section-" + index);
        outline.setId("section-outline-" + index);
        level.setId("section-level-" + index);
        heading.setId("section-heading-" + index);
        body.setId("section-body-" + index);
        up.setId("section-up-" + index);
        down.setId("section-down-" + index);
        delete.setId("section-delete-" + index);
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    PlanSection value() {
        return new PlanSection(outline.getValue(), level.getValue() == null ? 1 : level.getValue(), heading.getValue(), body.getValue());
    }

    void clearErrors() {
        outline.setInvalid(false);
        level.setInvalid(false);
        heading.setInvalid(false);
    }

    /** Shows a refusal beside the field it concerns: outline, level, or (for anything else) the heading. */
    void showError(String field, String message) {
        switch (field) {
            case PlanFields.OUTLINE -> {
                outline.setErrorMessage(message);
                outline.setInvalid(true);
                outline.focus();
            }
            case PlanFields.LEVEL -> {
                level.setErrorMessage(message);
                level.setInvalid(true);
                level.focus();
            }
            default -> {
                heading.setErrorMessage(message);
                heading.setInvalid(true);
                heading.focus();
            }
        }
    }
}
