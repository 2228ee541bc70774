package org.planflow.supervision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.supervision.SupervisionFields;

/**
 * The milestones (节点) of the ledger row, one text and date per row, added and removed freely; rows are
 * numbered from 0 like the service's field names (milestones[0].due), so a refusal lands on its row.
 */
class MilestoneRows extends VerticalLayout {

    private record Row(TextField text, DatePicker due) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final LocalDate latest;

    MilestoneRows(LocalDate latest) {
        this.latest = latest;
        setPadding(false);
        setSpacing(false);
        list.setPadding(false);
        Button add = new Button(getTranslation("supervision.accept.addMilestone"), VaadinIcon.PLUS.create(), click -> addRow());
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
        addRow();
    }

    private void addRow() {
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("supervision.accept.milestoneText"));
        text.setMaxLength(500);
        text.setWidthFull();
        DatePicker due = new DatePicker();
        due.setPlaceholder(getTranslation("supervision.accept.milestoneDue"));
        due.setMax(latest);
        due.setWidth("11em");
        rows.add(new Row(text, due));
        render();
    }

    private void remove(Row row) {
        rows.remove(row);
        render();
    }

    /** Rows are laid out afresh so their ids follow their position. */
    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            row.text().setId("milestone-text-" + i);
            row.due().setId("milestone-due-" + i);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(row));
            remove.setId("remove-milestone-" + i);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("supervision.accept.removeMilestone"));
            HorizontalLayout line = new HorizontalLayout(row.text(), row.due(), remove);
            line.setWidthFull();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(line);
        }
    }

    /** The rows as the task's body names them; an empty row is sent too, so the service says what it lacks. */
    List<Map<String, Object>> values() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put(SupervisionFields.MILESTONE_TEXT, row.text().getValue());
            value.put(SupervisionFields.MILESTONE_DUE,
                    row.due().getValue() == null ? null : row.due().getValue().toString());
            values.add(value);
        }
        return values;
    }

    /** The fields by the service's names (milestones[0].due); with no rows, a refusal of the list is a notification. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("milestones[" + i + "].text", rows.get(i).text());
            fields.put("milestones[" + i + "].due", rows.get(i).due());
        }
        return fields;
    }
}
