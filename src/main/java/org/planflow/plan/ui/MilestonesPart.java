package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.shared.Milestone;

/**
 * An item's milestones (节点) in the row dialog: a text and a date per row, added and removed freely. A row left
 * wholly empty is not sent; any other row is, as typed, so the service says what it lacks beside the field.
 */
class MilestonesPart extends VerticalLayout {

    /** The service's names for a milestone's fields: milestones[1].due, or milestones[1] for the row as a whole. */
    private static final Pattern FIELD = Pattern.compile(PlanFields.MILESTONES + "\\[(\\d+)](?:\\.(\\w+))?");

    private record Row(TextField text, DatePicker due) {

        boolean empty() {
            return text.getValue().isBlank() && due.getValue() == null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    MilestonesPart(List<Milestone> milestones) {
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Span label = new Span(getTranslation("plan.item.milestones"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button add = new Button(getTranslation("plan.item.addMilestone"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            render();
        });
        add.setId("item-add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        milestones.forEach(this::addRow);
        render();
        add(label, list, add);
    }

    private void addRow(Milestone milestone) {
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("plan.item.milestone.text"));
        text.setMaxLength(PlanService.MAX_MILESTONE);
        text.setManualValidation(true);
        text.setWidthFull();
        text.addValueChangeListener(event -> text.setInvalid(false));
        DatePicker due = new DatePicker();
        due.setPlaceholder(getTranslation("plan.item.milestone.due"));
        due.setManualValidation(true);
        due.setWidth("11em");
        due.addValueChangeListener(event -> due.setInvalid(false));
        if (milestone != null) {
            text.setValue(milestone.text());
            due.setValue(milestone.due());
        }
        rows.add(new Row(text, due));
    }

    /** Rows are laid out afresh so their ids follow their position. */
    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.text().setId("item-milestone-text-" + i);
            row.due().setId("item-milestone-due-" + i);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                render();
            });
            remove.setId("item-remove-milestone-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("plan.item.removeMilestone"));
            HorizontalLayout line = new HorizontalLayout(row.text(), row.due(), remove);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(line);
        }
    }

    private List<Row> sent() {
        return rows.stream().filter(row -> !row.empty()).toList();
    }

    List<Milestone> values() {
        return sent().stream().map(row -> new Milestone(row.text().getValue(), row.due().getValue())).toList();
    }

    void clearErrors() {
        rows.forEach(row -> {
            row.text().setInvalid(false);
            row.due().setInvalid(false);
        });
    }

    /** Marks the refused field ({@code milestones[1].due}); a refused row is marked where it lacks something. */
    boolean showError(String field, String message) {
        Matcher m = FIELD.matcher(field);
        List<Row> sent = sent();
        if (!m.matches() || Integer.parseInt(m.group(1)) >= sent.size()) {
            return false;
        }
        Row row = sent.get(Integer.parseInt(m.group(1)));
        boolean onDue = PlanFields.DUE.equals(m.group(2)) || m.group(2) == null && !row.text().getValue().isBlank();
        HasValidation target = onDue ? row.due() : row.text();
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }
}
