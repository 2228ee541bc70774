package org.planflow.shared.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.shared.Milestone;

/**
 * Milestones (节点) being typed: a text and a date per row, added and removed freely, as a plan's item and a supervised
 * item's measures have them. Rows are numbered from 0 like the services' field names (milestones[0].due), and their
 * ids follow their position, so a refusal lands on its row.
 */
public class MilestoneList extends VerticalLayout {

    /** One row's fields. */
    public record Row(TextField text, DatePicker due) {

        public boolean empty() {
            return text.getValue().isBlank() && due.getValue() == null;
        }
    }

    /** The translation keys of the add button, the two placeholders and the remove button's label. */
    public record Words(String add, String text, String due, String remove) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final String idPrefix;
    private final Words words;
    private final int maxLength;
    private final LocalDate latest;

    /** @param latest the last date a milestone may take, or null */
    public MilestoneList(String idPrefix, Words words, int maxLength, LocalDate latest) {
        this.idPrefix = idPrefix;
        this.words = words;
        this.maxLength = maxLength;
        this.latest = latest;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        list.setSpacing(false);
        Button add = new Button(getTranslation(words.add()), VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId(idPrefix + "add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(list, add);
    }

    /** Adds a row, empty or holding the milestone. */
    public void addRow(Milestone milestone) {
        TextField text = new TextField();
        text.setPlaceholder(getTranslation(words.text()));
        text.setMaxLength(maxLength);
        text.setManualValidation(true);
        text.setWidthFull();
        text.addValueChangeListener(event -> text.setInvalid(false));
        DatePicker due = new DatePicker();
        due.setPlaceholder(getTranslation(words.due()));
        due.setManualValidation(true);
        due.setMax(latest);
        due.setWidth("11em");
        due.addValueChangeListener(event -> due.setInvalid(false));
        if (milestone != null) {
            text.setValue(milestone.text());
            due.setValue(milestone.due());
        }
        rows.add(new Row(text, due));
        render();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.text().setId(idPrefix + "milestone-text-" + i);
            row.due().setId(idPrefix + "milestone-due-" + i);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                render();
            });
            remove.setId(idPrefix + "remove-milestone-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation(words.remove()));
            HorizontalLayout line = new HorizontalLayout(row.text(), row.due(), remove);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(line);
        }
    }
}
