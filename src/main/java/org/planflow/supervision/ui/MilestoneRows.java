package org.planflow.supervision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.shared.ui.MilestoneList;
import org.planflow.supervision.SupervisionFields;

/** The milestones (节点) of the ledger row as the unit accepts its item; one empty row to begin with. */
class MilestoneRows extends VerticalLayout {

    private static final int MAX_TEXT = 500;

    private final MilestoneList list;

    MilestoneRows(LocalDate latest) {
        setPadding(false);
        setSpacing(false);
        list = new MilestoneList("", new MilestoneList.Words("supervision.accept.addMilestone", "supervision.accept.milestoneText",
                "supervision.accept.milestoneDue", "supervision.accept.removeMilestone"), MAX_TEXT, latest);
        list.addRow(null);
        add(list);
    }

    /** The rows as the task's body names them; an empty row is sent too, so the service says what it lacks. */
    List<Map<String, Object>> values() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (MilestoneList.Row row : list.rows()) {
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
        List<MilestoneList.Row> rows = list.rows();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("milestones[" + i + "].text", rows.get(i).text());
            fields.put("milestones[" + i + "].due", rows.get(i).due());
        }
        return fields;
    }
}
